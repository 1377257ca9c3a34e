## Comments
comments-title = { $count ->
    [one] { $count } comment
   *[other] { $count } comments
}
comments-none = No comments yet. Be the first to say something.
comments-order = Order
comments-newest = Newest first
comments-oldest = Oldest first
comment-add = Add your comment
comment-reply-to = Reply to { $name }
comment-cancel-reply = Cancel the reply and write a new comment instead
comment-login = Log in or create an account to comment.
comment-body-label = Your comment
comment-body-hint = Plain text, up to 5,000 characters. Links are allowed.
comment-char-count = { $count ->
    [one] You have written { $count } character.
   *[other] You have written { $count } characters.
}
comment-as-myself = Myself
comment-submit = Publish comment
comment-posted = Thank you. Your comment is published.
comment-held = Thank you. Your comment will appear once a moderator has checked it.
comment-official = Official response
comment-official-check = Publish this reply as the city's official response
comment-anonymous = Anonymous
comment-for-organisation = on behalf of { $organisation }
comment-edited = edited
comment-hidden = Hidden by moderators: { $reason }
comment-awaiting = { $days ->
    [0] Awaiting a response from the city since today
    [one] Awaiting a response from the city for { $days } day
   *[other] Awaiting a response from the city for { $days } days
}
comment-reply = Reply
comment-edit = Edit
comment-edit-title = Edit your comment
comment-edit-hint = You can correct a comment for 15 minutes after publishing it. It will be marked as edited.
comment-flag = Report this comment
comment-flag-submit = Send the report
flag-thanks-title = Thank you for your report
flag-thanks-body = A moderator will look at the comment. If it breaks the rules, it will be hidden with a public reason.
flag-back = Back to the discussion
form-cancel = Cancel
pagination = Pages of comments
pagination-prev = Previous page
pagination-next = Next page
pagination-status = Page { $page } of { $pages }

## Stances, channels, reasons, ratings
stance-none = No particular stance
stance-support = Support
stance-concern = Concern
stance-suggestion = Suggestion
stance-question = Question
channel-web = Website
channel-in_person = Said in person
channel-paper = On paper
channel-phone = By phone
channel-email = By email
reason-spam = spam
reason-abusive = abusive language
reason-personal_data = personal data
reason-off_topic = off topic
reason-illegal = illegal content
rating-on_track = On track
rating-behind = Behind
rating-off_track = Off track
rating-unclear = Unclear

## Field labels
field-stance = Stance (optional)
field-language = Language of your comment
field-organisation_id = Speak for
field-parent_id = Reply
field-official = Official response
field-reason = Reason
field-note = Note for the moderators (optional)
field-channel = How the feedback was given
field-date = Date it was given
field-organisation = Organisation (optional)
field-consent = The person agreed that their feedback is published
field-rating = Rating
field-assessment_body = Your assessment
field-opens = Opens
field-closes = Closes
field-about = About
field-item_kind = Kind of item
hint-datetime = Local time of the city, for example 2027-03-01 09:00.
hint-offline-name = Optional. Leave empty to publish it anonymously.

## Form errors
form-comment-empty = Write something before publishing.
form-comment-too-long = A comment can have at most 5,000 characters.
form-comment-control = The text contains characters that cannot be shown.
form-verify-first = Confirm your email address first: open the link we sent you.
form-consultation-closed = This consultation is not taking comments now.
form-invalid-parent = You can only reply to a visible comment on this page.
form-invalid-organisation = You can only speak for a verified organisation you belong to.
form-official-needs-parent = An official response must answer a comment.
form-edit-window-over = The 15 minutes for corrections are over.
form-consent-required = Feedback can only be published with the person's agreement.
form-date-in-future = The date cannot be in the future.
form-invalid-datetime = Enter a date and time, for example 2027-03-01 09:00.
form-closes-before-opens = The closing time must be after the opening time.

## Following and notifications
follow-start = Follow: get an email when there is news
follow-stop = Stop following
unsubscribe-title = Stop notifications
unsubscribe-intro = Press the button to stop all notification emails from townhall. You can follow items again at any time.
unsubscribe-submit = Stop all notifications
unsubscribe-done-title = Notifications stopped
unsubscribe-done-body = You will not receive notification emails any more.
unsubscribe-bad-title = This link does not work
unsubscribe-bad-body = The link is not valid. Notifications can also be changed on your account page.
mail-open = Open the page
mail-notification-why = You receive this because you follow this item or wrote a comment on it.
mail-unsubscribe = Stop these emails
mail-update-line = There is a new accountability update on { $item }.
mail-reply-line = Someone replied to your comment on { $item }.
mail-official-line = { $department } published an official response to your comment on { $item }.
mail-digest-subject = Your daily summary
mail-digest-intro = { $count ->
    [one] There is { $count } piece of news for you:
   *[other] There are { $count } pieces of news for you:
}

## Assessments
assessments-title = Independent assessments
assessments-none = No verified organisation has assessed this commitment yet.
assessment-add = Publish an assessment for your organisation
assessment-submit = Publish the assessment

## Consultations
consultations-title = Consultations
consultations-intro = Times when the city asks for your views on a plan, before deciding.
consultations-none = No consultation has been published yet.
consultation-reference = Consultation { $id }
consultation-dates = From { $opens } to { $closes } (local time)
consultation-about = About:
consultation-about-none = Nothing in particular
consultation-participation = Participation so far
participation-comments = comments
participation-people = people
participation-organisations = organisations
consultation-questions = Questions to guide your comment
consultation-outcome = Outcome
consultation-outcome-pending = The city has not yet published what it heard and what it will do.
consultation-heard = What we heard
consultation-actions = What we will do
consultation-not-open-yet = This consultation is not open yet. Come back when it opens.
consultation-closed-no-comments = This consultation is closed and no longer takes comments.
consultation-form-hint = Write one guiding question per line. Fill in the outcome once the consultation has closed.
phase-upcoming = Upcoming
phase-open = Open
phase-closed = Closed

## Staff queues
admin-new-consultation = New consultation
admin-edit-consultation = Edit consultation
moderation-title = Moderation queue
moderation-pending = Waiting for approval
moderation-pending-none = No comment is waiting for approval.
moderation-flagged = Reported comments
moderation-flagged-none = No comment has been reported.
moderation-flag-count = { $count ->
    [one] { $count } report
   *[other] { $count } reports
}
moderation-approve = Approve
moderation-hide = Hide
moderation-restore = Restore
moderation-dismiss = Keep, close the reports
moderation-is-hidden = hidden
awaiting-title = Awaiting response
awaiting-intro = Comments from residents that have no official response yet, oldest first, so that nothing is forgotten.
awaiting-count = { $count ->
    [one] { $count } comment awaits a response.
   *[other] { $count } comments await a response.
}
awaiting-waited = Waiting for
awaiting-days = { $days ->
    [one] { $days } day
   *[other] { $days } days
}
awaiting-comment = Comment
offline-title = Enter offline feedback
offline-intro = Feedback given in person, on paper, by phone or by email counts as much as feedback on the website. Type it in here, with the person's agreement.
offline-submit = Publish the feedback
offline-done = The feedback was published.
