## 导航
nav-admin = 工作人员控制台

## 表单（通用）
form-error-summary = 出现问题
form-error-prefix = 错误：
form-honeypot = 请将此栏留空
form-save = 保存
form-required = 此项为必填项。
form-too-long = 内容太长。
form-invalid-email = 请输入电子邮件地址，例如 name@example.org。
form-password-too-short = 请至少使用 10 个字符。
form-password-common = 此密码过于常见。请选择一个更难猜到的密码。
form-password-mismatch = 两次输入的密码不一致。
form-wrong-password = 密码不正确。
form-invalid-choice = 请选择其中一个选项。
form-invalid-slug = 请使用 2 到 40 个小写字母、数字或连字符。
form-slug-taken = 此地址已被另一个城市使用。
form-invalid-time-zone = 请选择有效的时区，例如 Africa/Nairobi。
form-invalid-date = 请按“年-月-日”格式输入日期，例如 2027-06-30。
form-invalid-sdg = 请选择 1 到 17 之间的目标。
form-invalid-number = 请输入有效的数字。
form-invalid-currency = 请输入三个字母的货币代码，例如 USD。
form-unknown-commitment = 所选的某项承诺不存在。
form-invalid-progress = 请输入 0 到 100 之间的整数。
form-invalid-url = 每个证明材料链接都需要有名称，以及以 https:// 或 http:// 开头的地址。
form-unknown-update = 此事项没有这条更新。

## 字段名称
field-display_name = 显示名称
field-email = 电子邮件地址
field-password = 密码
field-password_confirm = 再次输入密码
field-current_password = 当前密码
field-new_password = 新密码
field-locale = 首选语言

## 字段提示
hint-display-name = 会显示在您发表的内容旁边。不必使用真实姓名。
hint-email-private = 绝不会公开显示。我们会发送一个链接请您确认。
hint-password-rules = 至少 10 个字符。避免使用常见密码；一句简短的话很容易记住。

## 注册
register-title = 创建账户
register-intro = 有了账户，您就可以发表评论、关注承诺，并收到市政府的回复。
register-submit = 创建账户
register-have-account = 已经有账户了？
register-done-title = 请查看您的电子邮件
register-done-body = 如果此地址可以使用，我们已向其发送了一封邮件。请打开邮件中的链接以确认您的地址。该链接在 48 小时内有效。

## 电子邮件验证
verify-ok-title = 地址已确认
verify-ok-body = 谢谢。您的电子邮件地址已确认。
verify-bad-title = 此链接无效
verify-bad-body = 该链接已过期或已被使用。请登录后申请新的链接，或重新创建账户。

## 登录
login-title = 登录
login-submit = 登录
login-forgot = 忘记密码了？
login-no-account = 还没有账户？
login-failed = 电子邮件地址或密码不正确。
login-locked = 此地址的登录失败次数过多。请等待几分钟后再试。

## 忘记密码
forgot-title = 重置密码
forgot-intro = 请输入您注册时使用的地址。我们会发送一个链接，供您设置新密码。
forgot-submit = 发送链接
forgot-sent = 如果有账户使用此地址，我们已向其发送了一个链接。该链接在一小时内有效。

## 重置密码
reset-title = 设置新密码
reset-submit = 保存新密码
reset-done = 您的密码已更改。现在可以登录了。
reset-bad-title = 此链接无效
reset-bad-body = 该链接已过期或已被使用。请申请新的链接。

## 账户
account-title = 您的账户
account-signed-in-as = 已登录为 { $email }。
account-unverified = 您的电子邮件地址尚未确认。请打开我们发送给您的链接。
account-profile = 个人资料
account-password = 更改密码
account-password-submit = 更改密码
account-roles = 您的角色
account-organisations = 您的组织
account-no-organisations = 您还不是任何组织的成员。
account-your-data = 您的数据
account-export-intro = 以 JSON 文件形式下载我们保存的所有关于您的数据。
account-export = 下载我的数据
account-delete = 删除账户
account-delete-intro = 您的个人数据将被删除。您公开发表的评论会保留，并显示为由已删除的账户发表。此操作无法撤销。
account-delete-submit = 删除我的账户
account-saved = 您的更改已保存。
account-deleted-title = 账户已删除
account-deleted-body = 您的账户和个人数据已被删除。

## 角色
role-moderator = 内容审核员
role-staff = 工作人员
role-city_admin = 城市管理员

## 组织
org-verified = 已认证的组织
org-pending = 等待认证

## 邮件
mail-greeting = { $name }，您好：
mail-footer = 您收到这封邮件，是因为有人在 townhall 上进行了相关操作。如果不是您本人，可以忽略此邮件。
mail-verify-subject = 请确认您的电子邮件地址
mail-verify-body = 请打开下面的链接，确认此地址属于您。
mail-link-expires-hours = { $hours ->
   *[other] 该链接在 { $hours } 小时内有效。
}
mail-verify-action = 确认我的地址
mail-already-subject = 有人尝试用您的地址注册
mail-already-body = 有人尝试用此电子邮件地址创建账户，但该地址已有账户。如果是您本人，请登录或重置密码。否则，您可以忽略此邮件。
mail-already-action = 登录
mail-reset-subject = 重置您的密码
mail-reset-body = 我们收到了重置您密码的请求。请打开下面的链接设置新密码。
mail-reset-ignore = 如果您没有提出此请求，请忽略此邮件：您的密码不会改变。
mail-reset-action = 设置新密码
following-title = 您关注的内容
following-intro = 这些事项有新的更新、官方回应或对您的回复时，您会收到邮件。
following-none = 您还没有关注任何内容。请在承诺、项目或意见征集页面使用“关注”。
following-unfollow = 取消关注
following-unfollowed = 您已不再关注该事项。
following-since = 自 { $date } 起关注
orgs-title = 组织
orgs-intro = 经本市认证的民间社会组织。其成员可以代表组织发表评论并发布独立评估。
orgs-none = 尚无已认证的组织。
orgs-members = { $count ->
   *[other] { $count } 名成员
}
orgs-request = 为您的组织申请经认证的组织主页
