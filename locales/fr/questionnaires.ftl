## Questionnaires des consultations : répondre, résultats, pages du personnel.

questionnaire-title = Questionnaire
questionnaire-respondents = { $count ->
    [one] { $count } répondant jusqu’à présent
   *[other] { $count } répondants jusqu’à présent
}
questionnaire-see-results = Voir les résultats du questionnaire
questionnaire-submit = Envoyer mes réponses
questionnaire-change = Modifier mes réponses
questionnaire-saved = Merci : vos réponses sont enregistrées. Vous pouvez les modifier jusqu’à la clôture de la consultation.
questionnaire-answered = Vous avez répondu à ce questionnaire. Vos réponses sont reprises ci-dessous ; vous pouvez les modifier jusqu’à la clôture de la consultation.
questionnaire-login = Connectez-vous pour répondre au questionnaire
questionnaire-not-open = Le questionnaire ouvrira en même temps que la consultation.
questionnaire-closed = La consultation est terminée : le questionnaire n’accepte plus de réponses.
question-number = Question { $number }
question-required = obligatoire
question-scale-hint = Choisissez de 1 (le plus bas) à 5 (le plus haut).
question-multiple-hint = Choisissez toutes les réponses qui conviennent.

answer-required = Répondez à cette question : elle est obligatoire.
answer-one-only = Donnez une seule réponse à cette question.
answer-invalid-option = Choisissez l’une des réponses proposées.
answer-too-long = Votre réponse doit faire moins de 2 000 caractères.
answer-unknown-question = Le formulaire mentionne une question qui ne fait pas partie de ce questionnaire : rechargez la page et réessayez.
answer-empty = Répondez à au moins une question.
answer-closed = Cette consultation n’est pas ouverte : les réponses ne sont acceptées que pendant qu’elle est ouverte.
answer-not-open = Cette consultation n’est pas encore ouverte.
answer-invalid-channel = Indiquez comment les réponses ont été données : en personne, sur papier, par téléphone ou par e-mail.
answer-invalid-copies = Le nombre de formulaires identiques doit être un nombre entier de 1 à 500.
answer-invalid-language = Choisissez la langue des réponses.

results-title = Résultats du questionnaire : { $title }
results-heading = Résultats du questionnaire
results-not-yet = Les résultats seront publiés à la clôture de la consultation ({ $closes }).
results-respondents = Répondants
results-respondents-total = répondants au total
results-live = La consultation est encore ouverte : ces résultats évoluent au fil des réponses.
results-csv = Télécharger les résultats (CSV)
results-json = Télécharger les résultats (JSON)
results-answered = { $count ->
    [one] { $count } répondant s’est exprimé sur cette question
   *[other] { $count } répondants se sont exprimés sur cette question
}
results-mean = Moyenne :
results-chart-caption = Les mêmes chiffres figurent dans le tableau ci-dessous.
results-option = Réponse
results-value = Valeur
results-count = Répondants
results-share = Part
results-no-text = Aucune réponse écrite pour le moment.
answer-hidden = Masquée par la modération : { $reason }
answer-hide = Masquer cette réponse
answer-hide-reason = Motif
answer-restore = Afficher de nouveau cette réponse

questions-title = Questionnaire : { $title }
questions-heading = Questionnaire
questions-none = Cette consultation n’a pas encore de questions.
questions-locked = Des personnes ont déjà répondu : vous pouvez corriger la formulation et les traductions et changer l’ordre, mais pas le type d’une question, son nombre de réponses ni son caractère obligatoire.
questions-live-results = Publier les résultats pendant que la consultation est ouverte
question-add = Ajouter la question
question-edit = Modifier
question-edit-title = Modifier une question
question-up = Monter
question-down = Descendre
question-delete = Supprimer
question-kind-hint = Une seule réponse, plusieurs réponses, une échelle de 1 à 5 ou une réponse écrite.
question-kind-single = Une seule réponse
question-kind-multiple = Plusieurs réponses
question-kind-scale = Échelle de 1 à 5
question-kind-text = Réponse écrite
question-options-hint = Pour les questions à choix, écrivez une réponse par ligne, dans le même ordre dans chaque langue.
question-default-language = Écrivez d’abord la question dans la langue par défaut de la ville.
question-options-needed = Écrivez au moins deux réponses au choix, une par ligne.
question-options-mismatch = Chaque langue doit avoir le même nombre de réponses, dans le même ordre.
question-options-too-many = 20 réponses au choix au maximum.
question-options-unused = Les échelles et les réponses écrites n’ont pas de réponses au choix : laissez la liste vide.
question-locked = Des personnes ont déjà répondu : le type, le nombre de réponses et le caractère obligatoire de la question ne peuvent plus changer.
question-answers-exist = Des personnes ont déjà répondu : on ne peut plus ajouter ni supprimer de questions.
question-too-many = Un questionnaire compte au maximum 50 questions.
field-kind = Type de question
field-required = Obligatoire
field-prompt = Question
field-options = Réponses au choix
field-copies = Nombre de formulaires identiques
field-answer_channel = Comment les réponses ont été données
field-answer_language = Langue des réponses

offline-answers-link = Saisir des réponses données en personne, sur papier ou par téléphone
offline-answers-title = Réponses hors ligne : { $title }
offline-answers-heading = Saisir des réponses hors ligne
offline-answers-intro = Saisissez ici un questionnaire rempli en personne, sur papier ou par téléphone. Quand plusieurs formulaires portent exactement les mêmes réponses, saisissez-les une seule fois en indiquant leur nombre. Dans les résultats, ils sont comptés avec leur canal.
offline-answers-copies-hint = 1 pour un seul formulaire ; jusqu’à 500.
offline-answers-submit = Saisir ces réponses
offline-answers-entered = { $count ->
    [one] { $count } questionnaire saisi.
   *[other] { $count } questionnaires saisis.
}

mail-subject-outcome = { $city } · { $item } : le résultat de la consultation
mail-outcome-line = La ville a publié le résultat de { $item } : ce qu’elle a entendu et ce qu’elle va faire.
mail-why-participant = Vous recevez ce message parce que vous avez participé à { $item } ({ $city }).

audit-question-add = Question ajoutée
audit-question-edit = Question modifiée
audit-question-move = Question déplacée
audit-question-delete = Question supprimée
audit-questionnaire-live-results = Résultats en direct activés ou désactivés
audit-questionnaire-offline = Réponses hors ligne saisies
audit-answer-hide = Réponse masquée
audit-answer-restore = Réponse de nouveau affichée

report-questionnaires = Questionnaires
report-written-answers = réponses écrites
report-respondents-by-channel = Répondants par canal
report-respondents-by-language = Répondants par langue
questionnaire-respondents-count = { $count ->
    [one] { $count } répondant
   *[other] { $count } répondants
}
