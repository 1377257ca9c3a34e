-- A signed-in person's standing is read with every request of theirs (db/users.rs session_user):
-- whether anyone invited them into an organisation is looked up by person.
CREATE INDEX organisation_invitations_by_user ON organisation_invitations (user_id);
