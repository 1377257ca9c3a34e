## 网站框架
site-name = townhall
site-tagline = 承诺、进展与公众意见
skip-to-content = 跳到主要内容
nav-main = 主导航
nav-cities = 城市
nav-search = 搜索
nav-account = 账户
nav-login = 登录
nav-register = 创建账户
nav-logout = 退出登录
lang-switcher = 语言
lang-switcher-current = { $language }（当前语言）
footer-about = townhall 是为以人为本的智慧城市打造的开源软件。本网站的所有内容均为开放数据。
footer-api = 开放数据 API
breadcrumb = 面包屑导航

## 语言名称（以该语言本身书写）
lang-en = English
lang-fr = Français
lang-es = Español
lang-ar = العربية
lang-zh = 中文
lang-ru = Русский
lang-sw = Kiswahili

## 首页
home-title = townhall 上的城市
home-intro = 选择一个城市，了解它作出了哪些承诺、目前进展如何，以及居民对它有何评价。
home-no-cities = 尚未发布任何城市。
home-city-commitments = { $count ->
   *[other] { $count } 项承诺
}

## 城市概览
city-overview = 概览
city-commitments-by-status = 按状态查看承诺
city-latest-updates = 最新更新
city-open-consultations = 正在进行的意见征集
city-no-consultations = 目前没有正在进行的意见征集。
city-no-updates = 尚未发布任何更新。
city-all-commitments = 全部承诺
city-all-projects = 全部项目
city-nav = 城市栏目
city-overdue = 已逾期的承诺（{ $count }）
city-no-overdue = 没有承诺超过截止日期。
city-due-next = 即将到期
city-nothing-due = 近期没有到期事项。
city-all-updates = 全部更新

## 状态
status-not_started = 未开始
status-in_progress = 进行中
status-delayed = 已延误
status-completed = 已完成
status-cancelled = 已取消

## 主题领域
theme-inclusion-equity-human-rights = 包容、公平与人权
theme-community-participation = 社区参与
theme-digital-literacy = 数字素养
theme-shared-prosperity = 共同繁荣
theme-environmental-sustainability = 环境可持续性
theme-digital-governance-regulations = 数字治理与法规
theme-digital-infrastructure-city-services = 数字基础设施与城市服务

## 可持续发展目标
sdg-label = 可持续发展目标 { $number }
sdg-1 = 无贫穷
sdg-2 = 零饥饿
sdg-3 = 良好健康与福祉
sdg-4 = 优质教育
sdg-5 = 性别平等
sdg-6 = 清洁饮水和卫生设施
sdg-7 = 经济适用的清洁能源
sdg-8 = 体面工作和经济增长
sdg-9 = 产业、创新和基础设施
sdg-10 = 减少不平等
sdg-11 = 可持续城市和社区
sdg-12 = 负责任消费和生产
sdg-13 = 气候行动
sdg-14 = 水下生物
sdg-15 = 陆地生物
sdg-16 = 和平、正义与强大机构
sdg-17 = 促进目标实现的伙伴关系

## 承诺
commitments-title = 承诺
commitments-intro = { $city } 作出了哪些承诺，以及每项承诺目前的进展情况。
commitments-filter = 筛选承诺
filter-status = 状态
filter-theme = 主题领域
filter-stance = 立场
filter-sdg = 可持续发展目标
filter-any = 不限
filter-apply = 应用筛选条件
filter-clear = 清除筛选条件
commitments-count = { $count ->
   *[other] 显示 { $count } 项承诺
}
commitments-none = 没有符合这些筛选条件的承诺。
commitment-reference = 编号
commitment-status = 状态
commitment-progress = 进展
progress-text = 已完成 { $percent }%
commitment-due = 截止日期
commitment-overdue = 已逾期
commitment-department = 负责部门
commitment-baseline = 基线
commitment-target = 目标值
commitment-themes = 主题领域
commitment-sdgs = 可持续发展目标
commitment-kpis = 关键绩效指标（KPI）编号
commitment-projects = 落实此承诺的项目
commitment-no-projects = 目前还没有项目与此承诺关联。
commitment-feed = 更新的 Atom 订阅源
feed-updates = 更新和官方回应的 Atom 订阅源
feed-consultation = 官方回应和结果的 Atom 订阅源

## 更新与公开账本
timeline-title = 更新时间线
timeline-none = 尚未发布任何更新。
update-published = 由 { $publisher } 于 { $date } 发布
update-status-change = 状态：{ $status }，进展 { $percent }%
update-evidence = 证明材料
update-corrects = 此更新更正了第 { $id } 号更新。
update-hash = 账本哈希值
update-prev-hash = 上一条哈希值
update-proof = 证明材料和账本哈希值
ledger-explainer = 更新一经发布，永远不会被编辑或删除。每条更新都保存了其自身及上一条更新的 SHA-256 哈希值，因此任何人都可以核实历史记录未被改写。

## 项目
projects-title = 项目
projects-intro = { $city } 如何落实其承诺。
projects-none = 尚未发布任何项目。
project-budget = 预算
project-budget-planned = 计划金额
project-budget-spent = 已支出
project-budget-share = 已支出计划预算的 { $percent }%
project-dates = 日期
project-start = 开始
project-end = 结束
project-place = 地点
project-linked-commitments = 本项目落实的承诺
project-no-commitments = 此项目未关联任何承诺。
project-reference = 项目 { $id }

## 翻译回退
fallback-notice = 暂无您所用语言的版本，现以 { $language } 显示。

## 错误
error-not-found-title = 找不到页面
error-not-found-body = 我们找不到此页面。页面可能已被移动，或网址输入有误。
error-city-not-found = 此处没有名为“{ $city }”的城市。
error-commitment-not-found = { $city } 没有编号为“{ $reference }”的承诺。
error-project-not-found = { $city } 没有此编号的项目。
error-go-home = 查看所有城市
error-go-city = 前往 { $city } 概览
error-server-title = 出现了问题
error-server-body = 我们无法完成您的请求，未作任何更改。请稍后再试。
error-bad-request-title = 无法理解此请求
error-bad-request-body = 提交的部分信息无效。请返回并检查。
error-forbidden-title = 不允许此操作
error-forbidden-body = 您无权执行此操作。
error-csrf-body = 此表单已过期，或是从其他地方提交的。请返回，重新加载页面后再试一次。
error-too-many-title = 尝试次数过多
error-too-many-body = 请等待一分钟后再试。
error-too-large-body = 您发送的内容过大。请缩短后再试。
