## 意见征集中的问卷：回答、结果、工作人员页面。

questionnaire-title = 问卷
questionnaire-respondents = { $count ->
   *[other] 目前已有 { $count } 位答卷人
}
questionnaire-see-results = 查看问卷结果
questionnaire-submit = 提交我的回答
questionnaire-change = 修改我的回答
questionnaire-saved = 谢谢！您的回答已保存。在意见征集结束前，您都可以修改。
questionnaire-answered = 您已填写过此问卷，下方已填入您的回答。在意见征集结束前，您都可以修改。
questionnaire-login = 登录后即可回答问卷
questionnaire-not-open = 问卷将随意见征集一同开始。
questionnaire-closed = 意见征集已结束，问卷不再接受回答。
question-number = 第 { $number } 题
question-required = 必答
question-scale-hint = 请从 1（最低）到 5（最高）中选择。
question-multiple-hint = 请选择所有符合的回答。

answer-required = 请回答此问题：这是必答题。
answer-one-only = 此问题只能给出一个回答。
answer-invalid-option = 请从提供的回答中选择一个。
answer-too-long = 回答不能超过 2,000 个字符。
answer-unknown-question = 表单中有一个此问卷中没有的问题：请刷新页面后重试。
answer-empty = 请至少回答一个问题。
answer-closed = 此意见征集目前未在进行：只有在进行期间才接受回答。
answer-not-open = 此意见征集尚未开始。
answer-invalid-channel = 请选择回答的提交方式：当面、书面、电话或电子邮件。
answer-invalid-copies = 相同表格的份数必须是 1 到 500 之间的整数。
answer-invalid-language = 请选择回答所用的语言。

results-title = 问卷结果：{ $title }
results-heading = 问卷结果
results-not-yet = 结果将在意见征集结束时（{ $closes }）公布。
results-respondents = 答卷人
results-respondents-total = 位答卷人（合计）
results-live = 意见征集仍在进行：随着新的回答提交，这些结果会不断变化。
results-csv = 下载结果（CSV）
results-json = 下载结果（JSON）
results-answered = { $count ->
   *[other] { $count } 位答卷人回答了此问题
}
results-mean = 平均值：
results-chart-caption = 下表列出了相同的数字。
results-option = 回答
results-value = 分值
results-count = 答卷人
results-share = 占比
results-no-text = 还没有文字回答。
answer-hidden = 已被审核员隐藏：{ $reason }
answer-hide = 隐藏此回答
answer-hide-reason = 原因
answer-restore = 重新显示此回答

questions-title = 问卷：{ $title }
questions-heading = 问卷
questions-none = 此意见征集还没有问题。
questions-locked = 已有人回答：您可以修改措辞和译文，也可以调整顺序，但不能更改问题类型、回答数量或是否必答。
questions-live-results = 在意见征集进行期间公布结果
question-add = 添加问题
question-edit = 编辑
question-edit-title = 编辑问题
question-up = 上移
question-down = 下移
question-delete = 删除
question-kind-hint = 单选一个回答、多选多个回答、1 到 5 分评分，或文字回答。
question-kind-single = 单选（一个回答）
question-kind-multiple = 多选（多个回答）
question-kind-scale = 1 到 5 分评分
question-kind-text = 文字回答
question-options-hint = 对于有可选回答的问题，每行写一个回答，各种语言的顺序要相同。
question-default-language = 请先用本市的默认语言填写问题。
question-options-needed = 请至少写两个可选回答，每行一个。
question-options-mismatch = 每种语言的回答数量必须相同，顺序也必须一致。
question-options-too-many = 可选回答最多 20 个。
question-options-unused = 评分题和文字回答题没有可选回答：请将列表留空。
question-locked = 已有人回答：问题类型、回答数量以及是否必答都不能再更改。
question-answers-exist = 已有人回答：不能再添加或删除问题。
question-too-many = 一份问卷最多只能有 50 个问题。
field-kind = 问题类型
field-required = 必答
field-prompt = 问题
field-options = 可选回答
field-copies = 相同表格的份数
field-answer_channel = 回答的提交方式
field-answer_language = 回答所用语言

offline-answers-link = 录入当面、书面或电话提交的回答
offline-answers-title = 线下回答：{ $title }
offline-answers-heading = 录入线下回答
offline-answers-intro = 请在此录入当面、书面或通过电话填写的问卷。如果多份表格的回答完全相同，只需录入一次并填写份数。结果中会按渠道统计这些回答。
offline-answers-copies-hint = 单份表格填 1；最多 500。
offline-answers-submit = 录入这些回答
offline-answers-entered = { $count ->
   *[other] 已录入 { $count } 份问卷。
}

mail-subject-outcome = { $city } · { $item }：意见征集结果
mail-outcome-line = 市政府公布了 { $item } 的结果：听到的意见以及将采取的行动。
mail-why-participant = 您收到这封邮件，是因为您参与了 { $item }（{ $city }）。

audit-question-add = 已添加问题
audit-question-edit = 已编辑问题
audit-question-move = 已移动问题
audit-question-delete = 已删除问题
audit-questionnaire-live-results = 已切换实时公布结果
audit-questionnaire-offline = 已录入线下回答
audit-answer-hide = 已隐藏回答
audit-answer-restore = 已重新显示回答

report-questionnaires = 问卷
report-written-answers = 条文字回答
report-respondents-by-channel = 按渠道统计答卷人
report-respondents-by-language = 按语言统计答卷人
questionnaire-respondents-count = { $count ->
   *[other] { $count } 位答卷人
}
