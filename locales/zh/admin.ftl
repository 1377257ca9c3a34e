## 工作人员控制台
admin-title = 工作人员控制台
admin-publishing = 发布
admin-new-commitment = 新建承诺
admin-new-project = 新建项目
admin-new-update = 发布更新
admin-edit-commitment = 编辑承诺 { $reference }
admin-edit-project = 编辑项目 { $reference }
admin-city-administration = 城市管理
admin-people = 人员与角色
admin-organisations = 组织
admin-audit = 审计日志
admin-moderation = 内容审核

admin-edit = 编辑
admin-done = 已完成，更改已保存。
admin-actions = 操作
admin-people-none = 目前还没有人在本市担任角色。
admin-people-caption = 在本市担任角色的人员
admin-revoke = 撤销角色
admin-grant = 授予角色
admin-grant-submit = 授予该角色
admin-default-language = 本市主要语言
admin-translations = 各语言文本
admin-translations-hint = 请填写您能使用的语言。未填写的语言将显示主要语言的文本，并附有提示。
admin-details = 详细信息
admin-update-hint = 更新一经发布即公开且永久保留。如需更正错误，请发布一条新的更新，并注明它更正的是哪一条更新。
admin-publish = 发布
admin-organisations-none = 目前还没有组织申请组织主页。
admin-org-verify = 认证
admin-org-reject = 拒绝
admin-audit-intro = 本市工作人员和管理员的每一项操作：由谁、做了什么、在何时。
admin-audit-none = 目前还没有任何记录。
admin-audit-when = 时间
admin-audit-who = 操作人
admin-audit-what = 操作
admin-audit-subject = 对象
deleted-account = 已删除的账户

## 字段名称
field-role = 角色
field-title = 标题
field-summary = 摘要
field-body = 全文
field-text = 文本
field-department = 负责部门
field-baseline = 基线
field-target = 目标值
field-due_date = 截止日期
field-kpis = 关键绩效指标（KPI）编号
field-themes = 主题领域
field-sdgs = 可持续发展目标
field-budget_planned = 计划预算
field-budget_spent = 已支出预算
field-currency = 货币
field-start_date = 开始日期
field-end_date = 结束日期
field-place_name = 地点
field-lat = 纬度
field-lon = 经度
field-commitments = 本项目落实的承诺
field-item = 承诺或项目
field-status = 状态
field-progress = 进展（%）
field-publisher = 发布者
field-corrects = 所更正的更新编号
field-evidence = 证明材料
field-evidence-label = 证明材料 { $number }：名称
field-evidence-url = 证明材料 { $number }：网址
field-name = 名称
field-website = 网站
field-description = 简介

## 填写说明
hint-grant-email = 此人必须已有账户。
hint-baseline = 作出承诺时的情况。
hint-target = 怎样才算成功，尽可能给出具体数字。
hint-date = 年-月-日，例如 2027-06-30。
hint-kpis = 每行填写一项，例如某个 U4SSC 指标的名称。
hint-currency = 三个字母，例如 USD、EUR 或 TZS。
hint-lat = 十进制度数，例如 -6.8161。选填。
hint-lon = 十进制度数，例如 39.2894。选填。
hint-progress = 0 到 100 之间的整数。
hint-publisher = 通常为负责部门。
hint-corrects = 仅当此更新是对之前某条更新的更正时填写，否则请留空。
hint-evidence = 能说明实际情况的文件、照片或数据。每个链接都需要填写名称和网址。
hint-website = 选填。以 https:// 开头
hint-member-email = 此人必须已有账户。

## 表单错误
form-no-such-person = 没有使用此电子邮件地址的账户。
form-invalid-website = 请输入以 https:// 或 http:// 开头的网址。

## 组织
org-request-title = 申请组织主页
org-request-intro = 民间社会组织经本市认证后，可以代表本组织发表评论，并发布独立评估。
org-request-submit = 发送申请
org-requested = 您的申请已发送。城市管理员将对该组织进行核实。
org-members = 成员
org-admin = 组织管理员
org-add-member = 添加成员
org-add-member-submit = 添加该成员
org-member-added = 已添加该成员。
org-status-pending = 等待认证
org-status-verified = 已认证
org-status-rejected = 未通过认证
city-org-request = 您是民间社会组织吗？申请组织主页
