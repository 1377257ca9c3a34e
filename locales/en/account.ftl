## Navigation
nav-admin = Staff dashboard

## Forms (shared)
form-error-summary = There is a problem
form-error-prefix = Error:
form-honeypot = Leave this field empty
form-save = Save
form-required = This field is required.
form-too-long = This is too long.
form-invalid-email = Enter an email address like name@example.org.
form-password-too-short = Use at least 10 characters.
form-password-common = This password is too common. Choose one that is harder to guess.
form-password-mismatch = The two passwords do not match.
form-wrong-password = This password is not correct.
form-invalid-choice = Choose one of the options.
form-invalid-slug = Use 2 to 40 lower-case letters, digits or hyphens.
form-slug-taken = This address is already used by another city.
form-invalid-time-zone = Choose a valid time zone, for example Africa/Nairobi.
form-invalid-date = Enter a date as year-month-day, for example 2027-06-30.
form-invalid-sdg = Choose goals between 1 and 17.
form-invalid-number = Enter a valid number.
form-invalid-currency = Enter a three-letter currency code, for example USD.
form-unknown-commitment = One of the chosen commitments does not exist.
form-invalid-progress = Enter a whole number from 0 to 100.
form-invalid-url = Each evidence link needs a label and an address starting with https:// or http://.
form-unknown-update = There is no such update for this item.

## Field labels
field-display_name = Display name
field-email = Email address
field-password = Password
field-password_confirm = Repeat the password
field-current_password = Current password
field-new_password = New password
field-locale = Preferred language

## Field hints
hint-display-name = Shown next to what you write. It does not have to be your real name.
hint-email-private = Never shown publicly. We send a link to confirm it.
hint-password-rules = At least 10 characters. Avoid common passwords; a short sentence is easy to remember.

## Register
register-title = Create an account
register-intro = With an account you can comment, follow commitments and hear back from the city.
register-submit = Create account
register-have-account = Already have an account?
register-done-title = Check your email
register-done-body = If the address can be used, we have sent a message to it. Open the link in that message to confirm your address. The link works for 48 hours.

## Email verification
verify-ok-title = Address confirmed
verify-ok-body = Thank you. Your email address is confirmed.
verify-bad-title = This link does not work
verify-bad-body = The link has expired or was already used. Log in and ask for a new one, or create your account again.

## Log in
login-title = Log in
login-submit = Log in
login-forgot = Forgotten your password?
login-no-account = No account yet?
login-failed = The email address or the password is not correct.
login-locked = Too many failed attempts for this address. Wait a few minutes and try again.

## Forgotten password
forgot-title = Reset your password
forgot-intro = Enter the address you registered with. We will send a link to choose a new password.
forgot-submit = Send the link
forgot-sent = If an account uses this address, we have sent a link to it. The link works for one hour.

## Reset password
reset-title = Choose a new password
reset-submit = Save the new password
reset-done = Your password was changed. You can log in now.
reset-bad-title = This link does not work
reset-bad-body = The link has expired or was already used. Ask for a new one.

## Account
account-title = Your account
account-signed-in-as = Logged in as { $email }.
account-unverified = Your email address is not confirmed yet. Open the link we sent you.
account-profile = Profile
account-password = Change your password
account-password-submit = Change password
account-roles = Your roles
account-organisations = Your organisations
account-no-organisations = You are not a member of any organisation.
account-your-data = Your data
account-export-intro = Download everything we store about you, as a JSON file.
account-export = Download my data
account-delete = Delete your account
account-delete-intro = Your personal data is deleted. Your public comments stay, shown as written by a deleted account. This cannot be undone.
account-delete-submit = Delete my account
account-saved = Your changes were saved.
account-deleted-title = Account deleted
account-deleted-body = Your account and your personal data were deleted.

## Roles
role-moderator = Moderator
role-staff = Staff
role-city_admin = City administrator

## Organisations
org-verified = Verified organisation
org-pending = waiting for verification

## Mail
mail-greeting = Hello { $name },
mail-footer = You receive this message because of an action on townhall. If it was not you, you can ignore it.
mail-verify-subject = Confirm your email address
mail-verify-body = Please confirm that this address is yours by opening the link below.
mail-link-expires-hours = { $hours ->
    [one] The link works for { $hours } hour.
   *[other] The link works for { $hours } hours.
}
mail-verify-action = Confirm my address
mail-already-subject = Someone tried to register with your address
mail-already-body = Somebody tried to create an account with this email address, which already has one. If it was you, log in or reset your password. Otherwise you can ignore this message.
mail-already-action = Log in
mail-reset-subject = Reset your password
mail-reset-body = We received a request to reset your password. Open the link below to choose a new one.
mail-reset-ignore = If you did not ask for this, ignore this message: your password stays the same.
mail-reset-action = Choose a new password
following-title = What you follow
following-intro = You get a mail when these items have a new update, an official response or a reply to you.
following-none = You do not follow anything yet. Use “Follow” on a commitment, project or consultation.
following-unfollow = Unfollow
following-unfollowed = You no longer follow that item.
following-since = Following since { $date }
orgs-title = Organisations
orgs-intro = Civil-society organisations verified by the city. Their members can comment on their behalf and publish independent assessments.
orgs-none = No organisation has been verified yet.
orgs-members = { $count ->
    [one] { $count } member
   *[other] { $count } members
}
orgs-request = Ask for a verified profile for your organisation
