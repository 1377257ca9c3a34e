## Notification preference
field-notify_mode = Уведомления по электронной почте
notify-immediate = Отдельное письмо о каждой новости
notify-daily = Одно письмо-сводка в день
notify-none = Без писем-уведомлений
