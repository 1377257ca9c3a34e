org-activity = Activité dans la ville
org-activity-none = Aucune évaluation, contestation ni aucun commentaire pour l’instant.
org-activity-assessment = Évaluation
org-activity-challenge = Contestation
org-activity-comment = Commentaire
orgs-assessments = { $count ->
    [one] { $count } évaluation
   *[other] { $count } évaluations
}
orgs-challenges = { $count ->
    [one] { $count } contestation
   *[other] { $count } contestations
}
