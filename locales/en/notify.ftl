## Notification preference
field-notify_mode = Email notifications
notify-immediate = One email for each piece of news
notify-daily = One summary email a day
notify-none = No notification emails

## Notification mails: subject (city · item: what changed), details, why the person gets it
mail-subject-update = { $city } · { $item }: new update ({ $status }, { $percent }%)
mail-subject-reply = { $city } · { $item }: a reply to your comment
mail-subject-official = { $city } · { $item }: official response from { $department }
mail-subject-challenge-opened = { $city } · { $item }: { $organisation } challenges the official status
mail-subject-challenge-upheld = { $city } · { $item }: challenge upheld, status corrected
mail-subject-challenge-rejected = { $city } · { $item }: challenge rejected
mail-subject-value = { $city } · { $indicator }: new value { $value }
mail-update-details = Status: { $status }. Progress: { $percent }%.
mail-why-follow = You receive this because you follow { $item } ({ $city }).
mail-why-comment = You receive this because you wrote a comment on { $item } ({ $city }).
mail-why-member = You receive this because you are a member of { $organisation }.
mail-value-own-line = { $indicator } has a new value: { $value }.
