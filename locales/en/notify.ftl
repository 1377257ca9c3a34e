## Notification preference
field-notify_mode = Email notifications
notify-immediate = One email for each piece of news
notify-daily = One summary email a day
notify-none = No notification emails
