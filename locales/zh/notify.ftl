## Notification preference
field-notify_mode = 电子邮件通知
notify-immediate = 每条新消息发一封邮件
notify-daily = 每天一封摘要邮件
notify-none = 不接收通知邮件

## Notification mails: subject (city · item: what changed), details, why the person gets it
mail-subject-update = { $city } · { $item }：新的更新（{ $status }，{ $percent }%）
mail-subject-reply = { $city } · { $item }：有人回复了您的评论
mail-subject-official = { $city } · { $item }：{ $department } 发表了官方回应
mail-subject-challenge-opened = { $city } · { $item }：{ $organisation } 对官方状态提出质询
mail-subject-challenge-upheld = { $city } · { $item }：质询成立，状态已更正
mail-subject-challenge-rejected = { $city } · { $item }：质询被驳回
mail-subject-value = { $city } · { $indicator }：新数值 { $value }
mail-update-details = 状态：{ $status }。进度：{ $percent }%。
mail-why-follow = 您收到这封邮件，是因为您关注了 { $item }（{ $city }）。
mail-why-comment = 您收到这封邮件，是因为您对 { $item }（{ $city }）发表过评论。
mail-why-member = 您收到这封邮件，是因为您是 { $organisation } 的成员。
mail-value-own-line = 指标 { $indicator } 有了新数值：{ $value }。
