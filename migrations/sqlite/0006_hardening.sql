-- One flag per person per comment: keep the first of any duplicates, then enforce it.
DELETE FROM flags WHERE user_id IS NOT NULL AND id NOT IN (
    SELECT MIN(id) FROM flags WHERE user_id IS NOT NULL GROUP BY comment_id, user_id
);
CREATE UNIQUE INDEX flags_one_per_person ON flags (comment_id, user_id);
