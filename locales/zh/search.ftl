## 搜索
search-title = 搜索
search-words = 搜索关键词
search-hint = 用英文双引号 "..." 括住词组可精确匹配；在词前加减号可排除该词，例如：公交 -出租车
search-type = 类型
search-city = 城市
search-language = 语言
search-from = 开始日期
search-to = 结束日期
search-submit = 搜索
search-relaxed = 您的搜索中含有无法识别的符号，因此已按普通词语进行搜索。
search-count = { $count ->
   *[other] { $count } 条结果
}
search-refine = 缩小结果范围
search-pages = 结果页
search-none-title = 未找到结果
search-none-spelling = 请检查拼写，或尝试其他语言。
search-none-fewer = 请减少关键词，或使用更宽泛的词语。
search-none-filters = 请移除部分筛选条件。
kind-comment = 评论
kind-commitment = 承诺
kind-project = 项目
kind-update = 更新
kind-consultation = 意见征集
kind-challenge = 质询
kind-value = 指标数值
search-as-report = 将此搜索生成透明度报告
search-active-filters = 已应用的筛选条件（点击即可移除）
search-remove-filter = 移除{ $filter }：{ $value }
kind-answer = 问卷回答
