## Notification preference
field-notify_mode = 电子邮件通知
notify-immediate = 每条新消息发一封邮件
notify-daily = 每天一封摘要邮件
notify-none = 不接收通知邮件
