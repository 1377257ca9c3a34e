## Notification preference
field-notify_mode = Notificaciones por correo
notify-immediate = Un correo por cada novedad
notify-daily = Un correo de resumen al día
notify-none = Ningún correo de notificación
