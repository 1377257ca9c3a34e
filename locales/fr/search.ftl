## Recherche
search-title = Recherche
search-words = Mots à rechercher
search-hint = Mettez une expression exacte entre "guillemets", et un signe moins devant un mot pour l’exclure : marché -parking
search-type = Type
search-city = Ville
search-language = Langue
search-from = Date de début
search-to = Date de fin
search-submit = Rechercher
search-relaxed = Votre recherche contenait des symboles que nous n’avons pas pu interpréter ; elle a donc été effectuée sur les mots seuls.
search-count = { $count ->
    [one] { $count } résultat
   *[other] { $count } résultats
}
search-refine = Affiner les résultats
search-pages = Pages de résultats
search-none-title = Aucun résultat
search-none-spelling = Vérifiez l’orthographe ou essayez une autre langue.
search-none-fewer = Utilisez moins de mots ou des mots plus généraux.
search-none-filters = Retirez certains filtres.
kind-comment = Commentaire
kind-commitment = Engagement
kind-project = Projet
kind-update = Mise à jour
kind-consultation = Consultation
kind-challenge = Contestation
kind-value = Valeur d’indicateur
search-as-report = Faire un rapport de transparence de cette recherche
search-active-filters = Filtres appliqués (choisissez-en un pour le retirer)
search-remove-filter = Retirer { $filter } : { $value }
kind-answer = Réponse à un questionnaire
