org-activity = Shughuli katika jiji
org-activity-none = Bado hakuna tathmini, pingamizi wala maoni.
org-activity-assessment = Tathmini
org-activity-challenge = Pingamizi
org-activity-comment = Maoni
orgs-assessments = { $count ->
    [one] tathmini { $count }
   *[other] tathmini { $count }
}
orgs-challenges = { $count ->
    [one] pingamizi { $count }
   *[other] mapingamizi { $count }
}
