## Staff dashboard
admin-title = Staff dashboard
admin-publishing = Publishing
admin-new-commitment = New commitment
admin-new-project = New project
admin-new-update = Publish an update
admin-edit-commitment = Edit commitment { $reference }
admin-edit-project = Edit project { $reference }
admin-city-administration = City administration
admin-people = People and roles
admin-organisations = Organisations
admin-audit = Audit log
admin-moderation = Moderation

admin-edit = Edit
admin-done = Done. The change is saved.
admin-actions = Actions
admin-people-none = Nobody has a role in this city yet.
admin-people-caption = People with a role in this city
admin-revoke = Remove role
admin-grant = Give a role
admin-grant-submit = Give the role
admin-default-language = main language of the city
admin-translations = Text in each language
admin-translations-hint = Fill in the languages you can. Empty languages show the main language with a notice.
admin-details = Details
admin-update-hint = Updates are public and permanent. To fix a mistake, publish a new update that names the one it corrects.
admin-publish = Publish
admin-organisations-none = No organisation has asked for a profile yet.
admin-org-verify = Verify
admin-org-reject = Reject
admin-audit-intro = Every action by staff and administrators in this city: who, what and when.
admin-audit-none = Nothing has been recorded yet.
admin-audit-when = When
admin-audit-who = Who
admin-audit-what = Action
admin-audit-subject = Subject
deleted-account = Deleted account

## Field labels
field-role = Role
field-title = Title
field-summary = Summary
field-body = Full text
field-text = Text
field-department = Responsible department
field-baseline = Baseline
field-target = Target
field-due_date = Due date
field-kpis = KPI references
field-themes = Thematic areas
field-sdgs = Sustainable Development Goals
field-budget_planned = Planned budget
field-budget_spent = Budget spent
field-currency = Currency
field-start_date = Start date
field-end_date = End date
field-place_name = Place
field-lat = Latitude
field-lon = Longitude
field-commitments = Commitments this project delivers
field-item = Commitment or project
field-status = Status
field-progress = Progress (%)
field-publisher = Published by
field-corrects = Corrects update number
field-evidence = Evidence
field-evidence-label = Evidence { $number }: label
field-evidence-url = Evidence { $number }: address
field-name = Name
field-website = Website
field-description = Description

## Field hints
hint-grant-email = The person must already have an account.
hint-baseline = Where things stood when the commitment was made.
hint-target = What success looks like, with a number if possible.
hint-date = Year-month-day, for example 2027-06-30.
hint-kpis = One reference per line, for example a U4SSC indicator name.
hint-currency = Three letters, for example USD, EUR or TZS.
hint-lat = Decimal degrees, for example -6.8161. Optional.
hint-lon = Decimal degrees, for example 39.2894. Optional.
hint-progress = A whole number from 0 to 100.
hint-publisher = Usually the responsible department.
hint-corrects = Only when this update corrects an earlier one. Leave empty otherwise.
hint-evidence = Documents, photos or data that show what happened. Each link needs a label and an address.
hint-website = Optional. Starts with https://
hint-member-email = The person must already have an account.

## Form errors
form-no-such-person = Nobody has an account with this email address.
form-invalid-website = Enter an address starting with https:// or http://.

## Organisations
org-request-title = Request an organisation profile
org-request-intro = Civil-society organisations can comment on behalf of the organisation and publish independent assessments once the city has verified them.
org-request-submit = Send the request
org-requested = Your request was sent. A city administrator will verify the organisation.
org-members = Members
org-admin = organisation administrator
org-add-member = Add a member
org-add-member-submit = Add the member
org-member-added = The member was added.
org-status-pending = Waiting for verification
org-status-verified = Verified
org-status-rejected = Not verified
city-org-request = Are you a civil-society organisation? Request a profile
