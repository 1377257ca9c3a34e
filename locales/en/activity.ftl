org-activity = Activity in the city
org-activity-none = No assessment, challenge or comment yet.
org-activity-assessment = Assessment
org-activity-challenge = Challenge
org-activity-comment = Comment
orgs-assessments = { $count ->
    [one] { $count } assessment
   *[other] { $count } assessments
}
orgs-challenges = { $count ->
    [one] { $count } challenge
   *[other] { $count } challenges
}
