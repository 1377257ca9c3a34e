-- Questionnaires in consultations: ordered questions with translated prompts and options,
-- one response per person (replaced while the consultation is open), offline responses
-- entered by staff with their channel, and moderation of free-text answers.
ALTER TABLE consultations ADD COLUMN live_results BOOLEAN NOT NULL DEFAULT FALSE;
-- Set once when the outcome is first published and its mail queued: the mail goes once.
ALTER TABLE consultations ADD COLUMN outcome_mailed_at BIGINT;

CREATE TABLE questions (
    id BIGSERIAL PRIMARY KEY,
    consultation_id BIGINT NOT NULL REFERENCES consultations(id),
    position BIGINT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('single', 'multiple', 'scale', 'text')),
    -- Translated prompt (JSON).
    prompt TEXT NOT NULL,
    -- Translated options (JSON), one option per line in each language; '{}' for scale and text.
    options TEXT NOT NULL DEFAULT '{}',
    required BOOLEAN NOT NULL DEFAULT FALSE,
    created_at BIGINT NOT NULL
);
CREATE INDEX questions_by_consultation ON questions (consultation_id, position);

CREATE TABLE responses (
    id BIGSERIAL PRIMARY KEY,
    consultation_id BIGINT NOT NULL REFERENCES consultations(id),
    -- The resident who answered online; NULL for offline responses and after account deletion.
    user_id BIGINT REFERENCES users(id) ON DELETE SET NULL,
    channel TEXT NOT NULL,
    language TEXT NOT NULL,
    -- Staff member who typed in an offline response.
    entered_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE UNIQUE INDEX responses_one_per_person ON responses (consultation_id, user_id) WHERE user_id IS NOT NULL;
CREATE INDEX responses_by_consultation ON responses (consultation_id, channel);

CREATE TABLE answers (
    id BIGSERIAL PRIMARY KEY,
    response_id BIGINT NOT NULL REFERENCES responses(id),
    question_id BIGINT NOT NULL REFERENCES questions(id),
    -- Option number from 1 (one row per chosen option for `multiple`) or the scale value.
    choice BIGINT,
    -- Free text for `text` questions.
    body TEXT,
    hidden_reason TEXT,
    hidden_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    hidden_at BIGINT
);
CREATE INDEX answers_by_response ON answers (response_id);
CREATE INDEX answers_by_question ON answers (question_id, choice);
