-- One flag per person per comment: keep the first of any duplicates, then enforce it.
DELETE FROM flags WHERE user_id IS NOT NULL AND id NOT IN (
    SELECT MIN(id) FROM flags WHERE user_id IS NOT NULL GROUP BY comment_id, user_id
);
CREATE UNIQUE INDEX flags_one_per_person ON flags (comment_id, user_id);

-- Membership needs the person's consent: an organisation's admin invites, the person accepts.
CREATE TABLE organisation_invitations (
    organisation_id BIGINT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    invited_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (organisation_id, user_id)
);
