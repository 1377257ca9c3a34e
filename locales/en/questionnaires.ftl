## Questionnaires in consultations: answering, results, staff pages.

questionnaire-title = Questionnaire
questionnaire-respondents = { $count ->
    [one] { $count } respondent so far
   *[other] { $count } respondents so far
}
questionnaire-see-results = See the results
questionnaire-submit = Send my answers
questionnaire-change = Change my answers
questionnaire-saved = Thank you: your answers are saved. You can change them until the consultation closes.
questionnaire-answered = You have answered this questionnaire. Your answers are filled in below; you can change them until the consultation closes.
questionnaire-login = Sign in to answer the questionnaire
questionnaire-not-open = The questionnaire opens with the consultation.
questionnaire-closed = The consultation is closed: the questionnaire no longer takes answers.
question-number = Question { $number }
question-required = required
question-scale-hint = Choose from 1 (lowest) to 5 (highest).
question-multiple-hint = Choose all that apply.

answer-required = Answer this question: it is required.
answer-one-only = Give one answer to this question.
answer-invalid-option = Choose one of the answers offered.
answer-too-long = Keep your answer under 2,000 characters.
answer-unknown-question = The form named a question this questionnaire does not have: reload the page and try again.
answer-empty = Answer at least one question.
answer-closed = This consultation is not open: answers are taken only while it is open.
answer-not-open = This consultation has not opened yet.
answer-invalid-channel = Choose how the answers were given: in person, on paper, by phone or by email.
answer-invalid-copies = The number of identical forms must be a whole number from 1 to 500.
answer-invalid-language = Choose the language of the answers.

results-title = Results: { $title }
results-heading = Questionnaire results
results-not-yet = The results are published when the consultation closes ({ $closes }).
results-respondents = Respondents
results-respondents-total = respondents in all
results-live = The consultation is still open: these results change as answers come in.
results-csv = Download the results (CSV)
results-json = Download the results (JSON)
results-answered = { $count ->
    [one] { $count } respondent answered this question
   *[other] { $count } respondents answered this question
}
results-mean = Mean:
results-chart-caption = The same numbers are in the table below.
results-option = Answer
results-value = Value
results-count = Respondents
results-share = Share
results-no-text = No written answers yet.
answer-hidden = Hidden by a moderator: { $reason }
answer-hide = Hide this answer
answer-hide-reason = Reason
answer-restore = Show this answer again

questions-title = Questionnaire: { $title }
questions-heading = Questionnaire
questions-none = This consultation has no questions yet.
questions-locked = People have answered: you can correct the wording and translations and change the order, but not the kind of a question, its number of answers or whether it is required.
questions-live-results = Publish the results while the consultation is open
question-add = Add the question
question-edit = Edit
question-edit-title = Edit a question
question-up = Move up
question-down = Move down
question-delete = Delete
question-kind-hint = One answer, several answers, a scale from 1 to 5, or a written answer.
question-kind-single = One answer
question-kind-multiple = Several answers
question-kind-scale = Scale from 1 to 5
question-kind-text = Written answer
question-options-hint = For questions with answers to choose from, write one answer per line, in the same order in every language.
question-default-language = Write the question in the city's default language first.
question-options-needed = Write at least two answers to choose from, one per line.
question-options-mismatch = Every language needs the same number of answers, in the same order.
question-options-too-many = At most 20 answers to choose from.
question-options-unused = Scales and written answers have no answers to choose from: leave the list empty.
question-locked = People have answered: the kind, the number of answers and whether the question is required can no longer change.
question-answers-exist = People have answered: questions can no longer be added or deleted.
question-too-many = A questionnaire has at most 50 questions.
field-kind = Kind of question
field-required = Required
field-prompt = Question
field-options = Answers to choose from
field-copies = Number of identical forms
field-answer_channel = How the answers were given
field-answer_language = Language of the answers

offline-answers-link = Enter answers given in person, on paper or by phone
offline-answers-title = Offline answers: { $title }
offline-answers-heading = Enter offline answers
offline-answers-intro = Type in a questionnaire answered in person, on paper or by phone. When several forms carry exactly the same answers, enter them once with their number. They are counted with their channel in the results.
offline-answers-copies-hint = 1 for a single form; up to 500.
offline-answers-submit = Enter these answers
offline-answers-entered = { $count ->
    [one] { $count } response entered.
   *[other] { $count } responses entered.
}

mail-subject-outcome = { $city } · { $item }: the outcome of the consultation
mail-outcome-line = The city has published the outcome of { $item }: what it heard and what it will do.
mail-why-participant = You receive this because you took part in { $item } ({ $city }).

audit-question-add = Question added
audit-question-edit = Question edited
audit-question-move = Question moved
audit-question-delete = Question deleted
audit-questionnaire-live-results = Live results switched
audit-questionnaire-offline = Offline answers entered
audit-answer-hide = Answer hidden
audit-answer-restore = Answer shown again

report-questionnaires = Questionnaires
report-written-answers = written answers
report-respondents-by-channel = Respondents by channel
report-respondents-by-language = Respondents by language
questionnaire-respondents-count = { $count ->
    [one] { $count } respondent
   *[other] { $count } respondents
}
