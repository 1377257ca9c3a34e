org-activity = Деятельность в городе
org-activity-none = Пока нет ни оценок, ни оспариваний, ни комментариев.
org-activity-assessment = Оценка
org-activity-challenge = Оспаривание
org-activity-comment = Комментарий
orgs-assessments = { $count ->
    [one] { $count } оценка
    [few] { $count } оценки
   *[other] { $count } оценок
}
orgs-challenges = { $count ->
    [one] { $count } оспаривание
    [few] { $count } оспаривания
   *[other] { $count } оспариваний
}
