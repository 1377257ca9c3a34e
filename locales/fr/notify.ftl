## Notification preference
field-notify_mode = Notifications par e-mail
notify-immediate = Un e-mail pour chaque nouveauté
notify-daily = Un e-mail de résumé par jour
notify-none = Aucun e-mail de notification
