org-activity = النشاط في المدينة
org-activity-none = لا تقييم ولا طعن ولا تعليق بعد.
org-activity-assessment = تقييم
org-activity-challenge = طعن
org-activity-comment = تعليق
orgs-assessments = { $count ->
    [zero] لا تقييمات
    [one] تقييم واحد
    [two] تقييمان
    [few] { $count } تقييمات
    [many] { $count } تقييمًا
   *[other] { $count } تقييم
}
orgs-challenges = { $count ->
    [zero] لا طعون
    [one] طعن واحد
    [two] طعنان
    [few] { $count } طعون
    [many] { $count } طعنًا
   *[other] { $count } طعن
}
