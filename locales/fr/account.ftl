## Navigation
nav-admin = Tableau de bord du personnel

## Formulaires (communs)
form-error-summary = Il y a un problème
form-error-prefix = Erreur :
form-honeypot = Laissez ce champ vide
form-save = Enregistrer
form-required = Ce champ est obligatoire.
form-too-long = Ce texte est trop long.
form-invalid-email = Saisissez une adresse e-mail sous la forme name@example.org.
form-password-too-short = Utilisez au moins 10 caractères.
form-password-common = Ce mot de passe est trop courant. Choisissez-en un plus difficile à deviner.
form-password-mismatch = Les deux mots de passe ne correspondent pas.
form-wrong-password = Ce mot de passe n’est pas correct.
form-invalid-choice = Choisissez l’une des options.
form-invalid-slug = Utilisez de 2 à 40 lettres minuscules, chiffres ou traits d’union.
form-slug-taken = Cette adresse est déjà utilisée par une autre ville.
form-invalid-time-zone = Choisissez un fuseau horaire valide, par exemple Africa/Nairobi.
form-invalid-date = Saisissez une date au format année-mois-jour, par exemple 2027-06-30.
form-invalid-sdg = Choisissez des objectifs entre 1 et 17.
form-invalid-number = Saisissez un nombre valide.
form-invalid-currency = Saisissez un code de devise de trois lettres, par exemple USD.
form-unknown-commitment = L’un des engagements choisis n’existe pas.
form-invalid-progress = Saisissez un nombre entier de 0 à 100.
form-invalid-url = Chaque lien vers un justificatif doit avoir un intitulé et une adresse commençant par https:// ou http://.
form-unknown-update = Cette mise à jour n’existe pas pour cet élément.

## Libellés des champs
field-display_name = Nom affiché
field-email = Adresse e-mail
field-password = Mot de passe
field-password_confirm = Répétez le mot de passe
field-current_password = Mot de passe actuel
field-new_password = Nouveau mot de passe
field-locale = Langue préférée

## Aide des champs
hint-display-name = Affiché à côté de ce que vous écrivez. Il ne doit pas forcément s’agir de votre vrai nom.
hint-email-private = Jamais affichée publiquement. Nous vous envoyons un lien pour la confirmer.
hint-password-rules = Au moins 10 caractères. Évitez les mots de passe courants ; une petite phrase est facile à retenir.

## Inscription
register-title = Créer un compte
register-intro = Avec un compte, vous pouvez commenter, suivre des engagements et recevoir des réponses de la ville.
register-submit = Créer le compte
register-have-account = Vous avez déjà un compte ?
register-done-title = Consultez vos e-mails
register-done-body = Si cette adresse peut être utilisée, nous lui avons envoyé un message. Ouvrez le lien qu’il contient pour confirmer votre adresse. Le lien est valable 48 heures.

## Vérification de l’adresse e-mail
verify-ok-title = Adresse confirmée
verify-ok-body = Merci. Votre adresse e-mail est confirmée.
verify-bad-title = Ce lien ne fonctionne pas
verify-bad-body = Le lien a expiré ou a déjà été utilisé. Connectez-vous et demandez-en un nouveau, ou créez à nouveau votre compte.

## Connexion
login-title = Se connecter
login-submit = Se connecter
login-forgot = Mot de passe oublié ?
login-no-account = Pas encore de compte ?
login-failed = L’adresse e-mail ou le mot de passe n’est pas correct.
login-locked = Trop de tentatives ont échoué pour cette adresse. Patientez quelques minutes, puis réessayez.

## Mot de passe oublié
forgot-title = Réinitialiser votre mot de passe
forgot-intro = Saisissez l’adresse utilisée lors de votre inscription. Nous vous enverrons un lien pour choisir un nouveau mot de passe.
forgot-submit = Envoyer le lien
forgot-sent = Si un compte utilise cette adresse, nous lui avons envoyé un lien. Le lien est valable une heure.

## Réinitialisation du mot de passe
reset-title = Choisir un nouveau mot de passe
reset-submit = Enregistrer le nouveau mot de passe
reset-done = Votre mot de passe a été modifié. Vous pouvez maintenant vous connecter.
reset-bad-title = Ce lien ne fonctionne pas
reset-bad-body = Le lien a expiré ou a déjà été utilisé. Demandez-en un nouveau.

## Compte
account-title = Votre compte
account-signed-in-as = Session ouverte avec l’adresse { $email }.
account-unverified = Votre adresse e-mail n’est pas encore confirmée. Ouvrez le lien que nous vous avons envoyé.
account-profile = Profil
account-password = Changer votre mot de passe
account-password-submit = Changer le mot de passe
account-roles = Vos rôles
account-organisations = Vos organisations
account-no-organisations = Vous n’êtes membre d’aucune organisation.
account-your-data = Vos données
account-export-intro = Téléchargez toutes les données que nous conservons à votre sujet, dans un fichier JSON.
account-export = Télécharger mes données
account-delete = Supprimer votre compte
account-delete-intro = Vos données personnelles sont supprimées. Vos commentaires publics restent visibles, présentés comme écrits par un compte supprimé. Cette action est irréversible.
account-delete-submit = Supprimer mon compte
account-saved = Vos modifications ont été enregistrées.
account-deleted-title = Compte supprimé
account-deleted-body = Votre compte et vos données personnelles ont été supprimés.

## Rôles
role-moderator = Modération
role-staff = Personnel de la ville
role-city_admin = Administration de la ville

## Organisations
org-verified = Organisation vérifiée
org-pending = en attente de vérification

## E-mails
mail-greeting = Bonjour { $name },
mail-footer = Vous recevez ce message à la suite d’une action effectuée sur townhall. Si ce n’était pas vous, vous pouvez l’ignorer.
mail-verify-subject = Confirmez votre adresse e-mail
mail-verify-body = Veuillez confirmer que cette adresse vous appartient en ouvrant le lien ci-dessous.
mail-link-expires-hours = { $hours ->
    [one] Le lien est valable { $hours } heure.
   *[other] Le lien est valable { $hours } heures.
}
mail-verify-action = Confirmer mon adresse
mail-already-subject = Quelqu’un a essayé de s’inscrire avec votre adresse
mail-already-body = Quelqu’un a essayé de créer un compte avec cette adresse e-mail, qui en possède déjà un. Si c’était vous, connectez-vous ou réinitialisez votre mot de passe. Sinon, vous pouvez ignorer ce message.
mail-already-action = Se connecter
mail-reset-subject = Réinitialisez votre mot de passe
mail-reset-body = Nous avons reçu une demande de réinitialisation de votre mot de passe. Ouvrez le lien ci-dessous pour en choisir un nouveau.
mail-reset-ignore = Si vous n’êtes pas à l’origine de cette demande, ignorez ce message : votre mot de passe reste inchangé.
mail-reset-action = Choisir un nouveau mot de passe
following-title = Ce que vous suivez
following-intro = Vous recevez un e-mail quand ces éléments ont une nouvelle mise à jour, une réponse officielle ou une réponse à votre message.
following-none = Vous ne suivez encore rien. Utilisez « Suivre » sur un engagement, un projet ou une consultation.
following-unfollow = Ne plus suivre
following-unfollowed = Vous ne suivez plus cet élément.
following-since = Suivi depuis le { $date }
orgs-title = Organisations
orgs-intro = Organisations de la société civile vérifiées par la ville. Leurs membres peuvent commenter en leur nom et publier des évaluations indépendantes.
orgs-none = Aucune organisation n’a encore été vérifiée.
orgs-members = { $count ->
    [one] { $count } membre
   *[other] { $count } membres
}
orgs-request = Demander un profil vérifié pour votre organisation
