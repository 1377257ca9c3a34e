org-activity = Actividad en la ciudad
org-activity-none = Todavía no hay evaluaciones, impugnaciones ni comentarios.
org-activity-assessment = Evaluación
org-activity-challenge = Impugnación
org-activity-comment = Comentario
orgs-assessments = { $count ->
    [one] { $count } evaluación
   *[other] { $count } evaluaciones
}
orgs-challenges = { $count ->
    [one] { $count } impugnación
   *[other] { $count } impugnaciones
}
