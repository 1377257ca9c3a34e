org-activity = 在本市的活动
org-activity-none = 暂无评估、质询或评论。
org-activity-assessment = 评估
org-activity-challenge = 质询
org-activity-comment = 评论
orgs-assessments = { $count ->
   *[other] { $count } 项评估
}
orgs-challenges = { $count ->
   *[other] { $count } 项质询
}
