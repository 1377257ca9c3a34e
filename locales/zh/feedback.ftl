## 评论
comments-title = { $count ->
   *[other] { $count } 条评论
}
comments-none = 还没有评论。欢迎您第一个发表看法。
comments-order = 排序
comments-newest = 最新的在前
comments-oldest = 最早的在前
comment-add = 发表您的评论
comment-reply-to = 回复 { $name }
comment-cancel-reply = 取消回复，改为发表新评论
comment-login = 请登录或创建账户后发表评论。
comment-body-label = 您的评论
comment-body-hint = 纯文本，最多 5,000 个字符。可以包含链接。
comment-char-count = { $count ->
   *[other] 您已输入 { $count } 个字符。
}
comment-as-myself = 以我个人名义
comment-submit = 发表评论
comment-posted = 谢谢。您的评论已发表。
comment-held = 谢谢。您的评论经审核员审核后将会显示。
comment-official = 官方回应
comment-official-check = 将此回复作为市政府的官方回应发表
comment-anonymous = 匿名
comment-for-organisation = 代表 { $organisation }
comment-edited = 已编辑
comment-hidden = 已被审核员隐藏：{ $reason }
comment-awaiting = { $days ->
    [0] 自今天起等待市政府回复
   *[other] 已等待市政府回复 { $days } 天
}
comment-reply = 回复
comment-edit = 编辑
comment-edit-title = 编辑您的评论
comment-edit-hint = 评论发表后 15 分钟内可以修改，修改后会标注为“已编辑”。
comment-flag = 举报此评论
comment-flag-submit = 提交举报
flag-thanks-title = 感谢您的举报
flag-thanks-body = 审核员会查看这条评论。如果违反规则，评论将被隐藏，并公开说明原因。
flag-back = 返回讨论
form-cancel = 取消
pagination = 评论分页
pagination-prev = 上一页
pagination-next = 下一页
pagination-status = 第 { $page } 页，共 { $pages } 页

## 立场、渠道、原因、评级
stance-none = 无特定立场
stance-support = 支持
stance-concern = 担忧
stance-suggestion = 建议
stance-question = 疑问
channel-web = 网站
channel-in_person = 当面提出
channel-paper = 书面提交
channel-phone = 通过电话
channel-email = 通过电子邮件
reason-spam = 垃圾信息
reason-abusive = 辱骂性语言
reason-personal_data = 个人信息
reason-off_topic = 偏离主题
reason-illegal = 违法内容
rating-on_track = 进展顺利
rating-behind = 进度落后
rating-off_track = 偏离目标
rating-unclear = 情况不明

## 字段标签
field-stance = 立场（可选）
field-language = 评论所用语言
field-organisation_id = 发言身份
field-parent_id = 回复对象
field-official = 官方回应
field-reason = 原因
field-note = 给审核员的备注（可选）
field-channel = 意见提交方式
field-date = 提交日期
field-organisation = 组织（可选）
field-consent = 本人同意公开发表其意见
field-rating = 评级
field-assessment_body = 您的评估
field-opens = 开始时间
field-closes = 结束时间
field-about = 相关事项
field-item_kind = 事项类型
hint-datetime = 本市当地时间，例如 2027-03-01 09:00。
hint-offline-name = 可选。留空则以匿名方式发表。

## 表单错误
form-comment-empty = 请先输入内容再发表。
form-comment-too-long = 评论最多 5,000 个字符。
form-comment-control = 文本中含有无法显示的字符。
form-verify-first = 请先确认您的电子邮件地址：打开我们发给您的链接。
form-consultation-closed = 此意见征集目前不接受评论。
form-invalid-parent = 您只能回复本页上可见的评论。
form-invalid-organisation = 您只能代表您所属的、已认证的组织发言。
form-official-needs-parent = 官方回应必须针对某条评论。
form-edit-window-over = 15 分钟的修改时间已过。
form-consent-required = 只有经本人同意才能发表其意见。
form-date-in-future = 日期不能晚于今天。
form-invalid-datetime = 请输入日期和时间，例如 2027-03-01 09:00。
form-closes-before-opens = 结束时间必须晚于开始时间。

## 关注与通知
follow-start = 关注：有新消息时接收电子邮件
follow-stop = 取消关注
unsubscribe-title = 停止通知
unsubscribe-intro = 点击按钮即可停止接收 townhall 的所有通知邮件。您可以随时重新关注。
unsubscribe-submit = 停止所有通知
unsubscribe-done-title = 已停止通知
unsubscribe-done-body = 您将不再收到通知邮件。
unsubscribe-bad-title = 此链接无效
unsubscribe-bad-body = 此链接无效。您也可以在账户页面更改通知设置。
mail-open = 打开页面
mail-notification-why = 您收到这封邮件，是因为您关注了此事项或对其发表过评论。
mail-unsubscribe = 停止接收此类邮件
mail-update-line = { $item } 有新的进展更新。
mail-reply-line = 有人回复了您对 { $item } 的评论。
mail-official-line = { $department } 对您在 { $item } 下的评论发表了官方回应。
mail-digest-subject = 您的每日摘要
mail-digest-intro = { $count ->
   *[other] 您有 { $count } 条新消息：
}

## 评估
assessments-title = 独立评估
assessments-none = 还没有已认证的组织评估这项承诺。
assessment-add = 代表您的组织发表评估
assessment-submit = 发表评估

## 意见征集
consultations-title = 意见征集
consultations-intro = 市政府在作出决定之前，就某项计划征求您意见的时段。
consultations-none = 尚未发布任何意见征集。
consultation-reference = 意见征集 { $id }
consultation-dates = { $opens } 至 { $closes }（当地时间）
consultation-about = 相关事项：
consultation-about-none = 无特定事项
consultation-participation = 目前参与情况
participation-comments = 评论
participation-people = 参与者
participation-organisations = 组织
consultation-questions = 供您参考的问题
consultation-outcome = 结果
consultation-outcome-pending = 市政府尚未公布听到的意见以及将采取的行动。
consultation-heard = 我们听到的意见
consultation-actions = 我们将采取的行动
consultation-not-open-yet = 此意见征集尚未开始，请在开始后再来。
consultation-closed-no-comments = 此意见征集已结束，不再接受评论。
consultation-form-hint = 每行填写一个引导性问题。意见征集结束后再填写结果。
phase-upcoming = 即将开始
phase-open = 进行中
phase-closed = 已结束

## 工作人员待办队列
admin-new-consultation = 新建意见征集
admin-edit-consultation = 编辑意见征集
moderation-title = 审核队列
moderation-pending = 等待审核
moderation-pending-none = 没有等待审核的评论。
moderation-flagged = 被举报的评论
moderation-flagged-none = 没有评论被举报。
moderation-flag-count = { $count ->
   *[other] { $count } 次举报
}
moderation-approve = 批准
moderation-hide = 隐藏
moderation-restore = 恢复
moderation-dismiss = 保留评论，关闭举报
moderation-is-hidden = 已隐藏
awaiting-title = 待回复
awaiting-intro = 尚未获得官方回应的居民评论，按时间从早到晚排列，确保不会遗漏。
awaiting-count = { $count ->
   *[other] { $count } 条评论等待回复。
}
awaiting-waited = 已等待
awaiting-days = { $days ->
   *[other] { $days } 天
}
awaiting-comment = 评论
offline-title = 录入线下意见
offline-intro = 当面、书面、电话或电子邮件提交的意见，与网站上的意见同样重要。请在征得本人同意后在此录入。
offline-submit = 发表意见
offline-done = 意见已发表。
