## Tableau de bord du personnel
admin-title = Tableau de bord du personnel
admin-publishing = Publication
admin-new-commitment = Nouvel engagement
admin-new-project = Nouveau projet
admin-new-update = Publier une mise à jour
admin-edit-commitment = Modifier l’engagement { $reference }
admin-edit-project = Modifier le projet { $reference }
admin-city-administration = Administration de la ville
admin-people = Personnes et rôles
admin-organisations = Organisations
admin-audit = Journal d’audit
admin-moderation = Modération

admin-edit = Modifier
admin-done = C’est fait. La modification est enregistrée.
admin-actions = Actions
admin-people-none = Personne n’a encore de rôle dans cette ville.
admin-people-caption = Personnes ayant un rôle dans cette ville
admin-revoke = Retirer le rôle
admin-grant = Attribuer un rôle
admin-grant-submit = Attribuer le rôle
admin-default-language = langue principale de la ville
admin-translations = Texte dans chaque langue
admin-translations-hint = Remplissez les langues que vous pouvez. Pour une langue laissée vide, le texte s’affiche dans la langue principale, avec un avertissement.
admin-details = Détails
admin-update-hint = Les mises à jour sont publiques et définitives. Pour corriger une erreur, publiez une nouvelle mise à jour qui indique laquelle elle corrige.
admin-publish = Publier
admin-organisations-none = Aucune organisation n’a encore demandé de profil.
admin-org-verify = Vérifier
admin-org-reject = Refuser
admin-audit-intro = Toutes les actions du personnel et des administrateurs dans cette ville : qui, quoi et quand.
admin-audit-none = Rien n’a encore été enregistré.
admin-audit-when = Quand
admin-audit-who = Qui
admin-audit-what = Action
admin-audit-subject = Objet
deleted-account = Compte supprimé

## Libellés des champs
field-role = Rôle
field-title = Titre
field-summary = Résumé
field-body = Texte complet
field-text = Texte
field-department = Service responsable
field-baseline = Situation de départ
field-target = Cible
field-due_date = Échéance
field-kpis = Références des indicateurs clés de performance (KPI)
field-themes = Domaines thématiques
field-sdgs = Objectifs de développement durable
field-budget_planned = Budget prévu
field-budget_spent = Budget dépensé
field-currency = Devise
field-start_date = Date de début
field-end_date = Date de fin
field-place_name = Lieu
field-lat = Latitude
field-lon = Longitude
field-commitments = Engagements mis en œuvre par ce projet
field-item = Engagement ou projet
field-status = Statut
field-progress = Avancement (%)
field-publisher = Publié par
field-corrects = Corrige la mise à jour n°
field-evidence = Justificatifs
field-evidence-label = Justificatif { $number } : intitulé
field-evidence-url = Justificatif { $number } : adresse
field-name = Nom
field-website = Site web
field-description = Description

## Aide à la saisie
hint-grant-email = La personne doit déjà avoir un compte.
hint-baseline = La situation au moment où l’engagement a été pris.
hint-target = Ce qui montrera que c’est réussi, avec un chiffre si possible.
hint-date = Année-mois-jour, par exemple 2027-06-30.
hint-kpis = Une référence par ligne, par exemple le nom d’un indicateur U4SSC.
hint-currency = Trois lettres, par exemple USD, EUR ou TZS.
hint-lat = En degrés décimaux, par exemple -6.8161. Facultatif.
hint-lon = En degrés décimaux, par exemple 39.2894. Facultatif.
hint-progress = Un nombre entier de 0 à 100.
hint-publisher = En général, le service responsable.
hint-corrects = Uniquement si cette mise à jour corrige une mise à jour précédente. Sinon, laissez vide.
hint-evidence = Documents, photos ou données qui montrent ce qui s’est passé. Chaque lien doit avoir un intitulé et une adresse.
hint-website = Facultatif. Commence par https://
hint-member-email = La personne doit déjà avoir un compte.

## Erreurs dans les formulaires
form-no-such-person = Aucun compte n’utilise cette adresse e-mail.
form-invalid-website = Saisissez une adresse qui commence par https:// ou http://.

## Organisations
org-request-title = Demander un profil d’organisation
org-request-intro = Une fois vérifiées par la ville, les organisations de la société civile peuvent commenter au nom de l’organisation et publier des évaluations indépendantes.
org-request-submit = Envoyer la demande
org-requested = Votre demande a été envoyée. Un administrateur de la ville va vérifier l’organisation.
org-members = Membres
org-admin = administrateur de l’organisation
org-add-member = Ajouter un membre
org-add-member-submit = Ajouter ce membre
org-member-added = Le membre a été ajouté.
org-status-pending = En attente de vérification
org-status-verified = Vérifiée
org-status-rejected = Non vérifiée
city-org-request = Vous êtes une organisation de la société civile ? Demandez un profil
