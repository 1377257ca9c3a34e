## Notification preference
field-notify_mode = إشعارات البريد الإلكتروني
notify-immediate = رسالة لكل خبر جديد
notify-daily = رسالة ملخص واحدة يوميًا
notify-none = لا رسائل إشعار
