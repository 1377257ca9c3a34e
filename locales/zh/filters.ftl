# Checked filters of search, reports and the API.
form-invalid-query = 无法读取此地址。请重新搜索。
form-repeated-parameter = 此筛选条件给出了不止一次。请只给一次。
form-period-reversed = 结束日期不能早于开始日期。
form-invalid-page = 请输入 1 到 50 之间的页码。
error-bad-parameter = 参数“{ $name }”的值无法使用，或给出了不止一次。
field-q = 关键词
field-city = 城市
field-type = 类型
field-theme = 主题领域
field-sdg = 可持续发展目标
field-lang = 语言
field-from = 从
field-to = 到
field-page = 页码
field-format = 格式
field-query = 地址
