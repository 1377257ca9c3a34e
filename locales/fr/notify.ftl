## Notification preference
field-notify_mode = Notifications par courriel
notify-immediate = Un courriel pour chaque nouvelle
notify-daily = Un courriel de résumé par jour
notify-none = Aucun courriel de notification
