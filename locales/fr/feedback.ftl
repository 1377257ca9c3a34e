## Commentaires
comments-title = { $count ->
    [one] { $count } commentaire
   *[other] { $count } commentaires
}
comments-none = Aucun commentaire pour le moment. Donnez votre avis en premier.
comments-order = Ordre
comments-newest = Les plus récents d’abord
comments-oldest = Les plus anciens d’abord
comment-add = Ajouter votre commentaire
comment-reply-to = Répondre à { $name }
comment-cancel-reply = Annuler la réponse et écrire plutôt un nouveau commentaire
comment-login = Connectez-vous ou créez un compte pour commenter.
comment-body-label = Votre commentaire
comment-body-hint = Texte simple, jusqu’à 5 000 caractères. Les liens sont autorisés.
comment-char-count = { $count ->
    [one] Vous avez écrit { $count } caractère.
   *[other] Vous avez écrit { $count } caractères.
}
comment-as-myself = Moi-même
comment-submit = Publier le commentaire
comment-posted = Merci. Votre commentaire est publié.
comment-held = Merci. Votre commentaire apparaîtra dès qu’il aura été vérifié par la modération.
comment-official = Réponse officielle
comment-official-check = Publier cette réponse comme réponse officielle de la ville
comment-anonymous = Anonyme
comment-for-organisation = au nom de { $organisation }
comment-edited = modifié
comment-hidden = Masqué par la modération : { $reason }
comment-awaiting = { $days ->
    [0] En attente d’une réponse de la ville depuis aujourd’hui
    [one] En attente d’une réponse de la ville depuis { $days } jour
   *[other] En attente d’une réponse de la ville depuis { $days } jours
}
comment-reply = Répondre
comment-edit = Modifier
comment-edit-title = Modifier votre commentaire
comment-edit-hint = Vous pouvez corriger un commentaire pendant 15 minutes après sa publication. Il sera indiqué comme modifié.
comment-flag = Signaler ce commentaire
comment-flag-submit = Envoyer le signalement
flag-thanks-title = Merci pour votre signalement
flag-thanks-body = L’équipe de modération va examiner le commentaire. S’il ne respecte pas les règles, il sera masqué et le motif sera indiqué publiquement.
flag-back = Retour à la discussion
form-cancel = Annuler
pagination = Pages de commentaires
pagination-prev = Page précédente
pagination-next = Page suivante
pagination-status = Page { $page } sur { $pages }

## Positions, canaux, motifs, évaluations
stance-none = Pas de position particulière
stance-support = Soutien
stance-concern = Inquiétude
stance-suggestion = Suggestion
stance-question = Question
channel-web = Site web
channel-in_person = Dit en personne
channel-paper = Sur papier
channel-phone = Par téléphone
channel-email = Par e-mail
reason-spam = spam
reason-abusive = propos injurieux
reason-personal_data = données personnelles
reason-off_topic = hors sujet
reason-illegal = contenu illégal
rating-on_track = En bonne voie
rating-behind = En retard
rating-off_track = Hors trajectoire
rating-unclear = Incertain

## Libellés des champs
field-stance = Position (facultatif)
field-language = Langue de votre commentaire
field-organisation_id = Parler au nom de
field-parent_id = En réponse à
field-official = Réponse officielle
field-reason = Motif
field-note = Note pour la modération (facultatif)
field-channel = Comment l’avis a été donné
field-date = Date à laquelle il a été donné
field-organisation = Organisation (facultatif)
field-consent = La personne a accepté que son avis soit publié
field-rating = Appréciation
field-assessment_body = Votre évaluation
field-opens = Ouverture
field-closes = Clôture
field-about = Sujet
field-item_kind = Type d’élément
hint-datetime = Heure locale de la ville, par exemple 2027-03-01 09:00.
hint-offline-name = Facultatif. Laissez vide pour le publier de façon anonyme.

## Erreurs de formulaire
form-comment-empty = Écrivez quelque chose avant de publier.
form-comment-too-long = Un commentaire peut contenir au maximum 5 000 caractères.
form-comment-control = Le texte contient des caractères qui ne peuvent pas être affichés.
form-verify-first = Confirmez d’abord votre adresse e-mail : ouvrez le lien que nous vous avons envoyé.
form-consultation-closed = Cette consultation n’accepte pas de commentaires en ce moment.
form-invalid-parent = Vous pouvez seulement répondre à un commentaire visible sur cette page.
form-invalid-organisation = Vous pouvez seulement parler au nom d’une organisation vérifiée dont vous êtes membre.
form-official-needs-parent = Une réponse officielle doit répondre à un commentaire.
form-edit-window-over = Les 15 minutes prévues pour les corrections sont écoulées.
form-consent-required = Un avis ne peut être publié qu’avec l’accord de la personne.
form-date-in-future = La date ne peut pas être dans le futur.
form-invalid-datetime = Saisissez une date et une heure, par exemple 2027-03-01 09:00.
form-closes-before-opens = L’heure de clôture doit être postérieure à l’heure d’ouverture.

## Suivi et notifications
follow-start = Suivre : recevoir un e-mail en cas de nouveauté
follow-stop = Ne plus suivre
unsubscribe-title = Arrêter les notifications
unsubscribe-intro = Appuyez sur le bouton pour ne plus recevoir aucun e-mail de notification de townhall. Vous pourrez de nouveau suivre des éléments à tout moment.
unsubscribe-submit = Arrêter toutes les notifications
unsubscribe-done-title = Notifications arrêtées
unsubscribe-done-body = Vous ne recevrez plus d’e-mails de notification.
unsubscribe-bad-title = Ce lien ne fonctionne pas
unsubscribe-bad-body = Le lien n’est pas valide. Vous pouvez aussi modifier les notifications sur la page de votre compte.
mail-open = Ouvrir la page
mail-notification-why = Vous recevez ce message parce que vous suivez cet élément ou que vous l’avez commenté.
mail-unsubscribe = Ne plus recevoir ces e-mails
mail-update-line = Une nouvelle mise à jour sur l’avancement de { $item } a été publiée.
mail-reply-line = Quelqu’un a répondu à votre commentaire sur { $item }.
mail-official-line = { $department } a publié une réponse officielle à votre commentaire sur { $item }.
mail-digest-subject = Votre résumé quotidien
mail-digest-intro = { $count ->
    [one] Il y a { $count } nouveauté pour vous :
   *[other] Il y a { $count } nouveautés pour vous :
}

## Évaluations
assessments-title = Évaluations indépendantes
assessments-none = Aucune organisation vérifiée n’a encore évalué cet engagement.
assessment-add = Publier une évaluation au nom de votre organisation
assessment-submit = Publier l’évaluation

## Consultations
consultations-title = Consultations
consultations-intro = Les moments où la ville vous demande votre avis sur un plan, avant de prendre sa décision.
consultations-none = Aucune consultation n’a encore été publiée.
consultation-reference = Consultation { $id }
consultation-dates = Du { $opens } au { $closes } (heure locale)
consultation-about = Sujet :
consultation-about-none = Rien de particulier
consultation-participation = Participation jusqu’à présent
participation-comments = commentaires
participation-people = personnes
participation-organisations = organisations
consultation-questions = Questions pour guider votre commentaire
consultation-outcome = Résultat
consultation-outcome-pending = La ville n’a pas encore publié ce qu’elle a entendu et ce qu’elle va faire.
consultation-heard = Ce que nous avons entendu
consultation-actions = Ce que nous allons faire
consultation-not-open-yet = Cette consultation n’est pas encore ouverte. Revenez lors de son ouverture.
consultation-closed-no-comments = Cette consultation est terminée et n’accepte plus de commentaires.
consultation-form-hint = Écrivez une question par ligne pour guider les commentaires. Remplissez le résultat une fois la consultation terminée.
phase-upcoming = À venir
phase-open = Ouverte
phase-closed = Terminée

## Files d’attente du personnel
admin-new-consultation = Nouvelle consultation
admin-edit-consultation = Modifier la consultation
moderation-title = File de modération
moderation-pending = En attente d’approbation
moderation-pending-none = Aucun commentaire n’attend d’approbation.
moderation-flagged = Commentaires signalés
moderation-flagged-none = Aucun commentaire n’a été signalé.
moderation-flag-count = { $count ->
    [one] { $count } signalement
   *[other] { $count } signalements
}
moderation-approve = Approuver
moderation-hide = Masquer
moderation-restore = Rétablir
moderation-dismiss = Conserver et clore les signalements
moderation-is-hidden = masqué
awaiting-title = En attente de réponse
awaiting-intro = Commentaires d’habitants qui n’ont pas encore reçu de réponse officielle, les plus anciens d’abord, pour que rien ne soit oublié.
awaiting-count = { $count ->
    [one] { $count } commentaire attend une réponse.
   *[other] { $count } commentaires attendent une réponse.
}
awaiting-waited = En attente depuis
awaiting-days = { $days ->
    [one] { $days } jour
   *[other] { $days } jours
}
awaiting-comment = Commentaire
offline-title = Saisir un avis recueilli hors ligne
offline-intro = Un avis donné en personne, sur papier, par téléphone ou par e-mail compte autant qu’un avis donné sur le site. Saisissez-le ici, avec l’accord de la personne.
offline-submit = Publier l’avis
offline-done = L’avis a été publié.
