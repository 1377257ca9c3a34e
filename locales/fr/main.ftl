## Interface du site
site-name = townhall
site-tagline = Engagements, avancement et avis du public
skip-to-content = Aller au contenu principal
nav-main = Navigation principale
nav-cities = Villes
nav-search = Rechercher
nav-account = Compte
nav-login = Se connecter
nav-register = Créer un compte
nav-logout = Se déconnecter
lang-switcher = Langue
lang-switcher-current = { $language } (langue actuelle)
footer-about = townhall est un logiciel libre pour des villes intelligentes centrées sur les personnes. Tout le contenu de ce site est publié en données ouvertes.
footer-api = API de données ouvertes
breadcrumb = Fil d’Ariane

## Noms des langues, écrits dans leur propre langue
lang-en = English
lang-fr = Français
lang-es = Español
lang-ar = العربية
lang-zh = 中文
lang-ru = Русский
lang-sw = Kiswahili

## Accueil
home-title = Les villes sur townhall
home-intro = Choisissez une ville pour voir ce qu’elle a promis, où elle en est et ce qu’en disent ses habitants.
home-no-cities = Aucune ville n’a encore été publiée.
home-city-commitments = { $count ->
    [one] { $count } engagement
   *[other] { $count } engagements
}

## Vue d’ensemble de la ville
city-overview = Vue d’ensemble
city-commitments-by-status = Engagements par statut
city-latest-updates = Dernières mises à jour
city-open-consultations = Consultations en cours
city-no-consultations = Aucune consultation n’est ouverte pour le moment.
city-no-updates = Aucune mise à jour n’a encore été publiée.
city-all-commitments = Tous les engagements
city-all-projects = Tous les projets
city-nav = Rubriques de la ville
city-overdue = Engagements en retard ({ $count })
city-no-overdue = Aucun engagement n’a dépassé son échéance.
city-due-next = Prochaines échéances
city-nothing-due = Aucune échéance à venir.
city-all-updates = Toutes les mises à jour

## Statuts
status-not_started = Pas encore commencé
status-in_progress = En cours
status-delayed = En retard
status-completed = Terminé
status-cancelled = Annulé

## Domaines thématiques
theme-inclusion-equity-human-rights = Inclusion, équité et droits humains
theme-community-participation = Participation citoyenne
theme-digital-literacy = Littératie numérique
theme-shared-prosperity = Prospérité partagée
theme-environmental-sustainability = Durabilité environnementale
theme-digital-governance-regulations = Gouvernance et réglementation du numérique
theme-digital-infrastructure-city-services = Infrastructures numériques et services urbains

## Objectifs de développement durable
sdg-label = ODD { $number }
sdg-1 = Pas de pauvreté
sdg-2 = Faim zéro
sdg-3 = Bonne santé et bien-être
sdg-4 = Éducation de qualité
sdg-5 = Égalité entre les sexes
sdg-6 = Eau propre et assainissement
sdg-7 = Énergie propre et d’un coût abordable
sdg-8 = Travail décent et croissance économique
sdg-9 = Industrie, innovation et infrastructure
sdg-10 = Inégalités réduites
sdg-11 = Villes et communautés durables
sdg-12 = Consommation et production responsables
sdg-13 = Mesures relatives à la lutte contre les changements climatiques
sdg-14 = Vie aquatique
sdg-15 = Vie terrestre
sdg-16 = Paix, justice et institutions efficaces
sdg-17 = Partenariats pour la réalisation des objectifs

## Engagements
commitments-title = Engagements
commitments-intro = Ce que { $city } a promis, et où en est chaque promesse aujourd’hui.
commitments-filter = Filtrer les engagements
filter-status = Statut
filter-theme = Domaine thématique
filter-stance = Position
filter-sdg = Objectif de développement durable
filter-any = Tous
filter-apply = Appliquer les filtres
filter-clear = Effacer les filtres
commitments-count = { $count ->
    [one] { $count } engagement affiché
   *[other] { $count } engagements affichés
}
commitments-none = Aucun engagement ne correspond à ces filtres.
commitment-reference = Référence
commitment-status = Statut
commitment-progress = Avancement
progress-text = Réalisé à { $percent } %
commitment-due = Échéance
commitment-overdue = Échéance dépassée
commitment-department = Service responsable
commitment-baseline = Situation de départ
commitment-target = Cible
commitment-themes = Domaines thématiques
commitment-sdgs = Objectifs de développement durable
commitment-kpis = Références des indicateurs clés de performance
commitment-projects = Projets qui mettent en œuvre cet engagement
commitment-no-projects = Aucun projet n’est encore lié à cet engagement.
commitment-feed = Flux Atom des mises à jour
feed-updates = Flux Atom des mises à jour et des réponses officielles
feed-consultation = Flux Atom des réponses officielles et du résultat

## Mises à jour et registre public
timeline-title = Chronologie des mises à jour
timeline-none = Aucune mise à jour n’a encore été publiée.
update-published = Publié le { $date } par { $publisher }
update-status-change = Statut : { $status }, avancement { $percent } %
update-evidence = Justificatifs
update-corrects = Cette mise à jour corrige la mise à jour n° { $id }.
update-hash = Empreinte dans le registre
update-prev-hash = Empreinte précédente
update-proof = Justificatifs et empreinte dans le registre
ledger-explainer = Les mises à jour ne sont jamais modifiées ni supprimées. Chacune conserve une empreinte SHA-256 d’elle-même et de la mise à jour précédente : tout le monde peut ainsi vérifier que l’historique n’a pas été réécrit.

## Projets
projects-title = Projets
projects-intro = Comment { $city } met en œuvre ses engagements.
projects-none = Aucun projet n’a encore été publié.
project-budget = Budget
project-budget-planned = Prévu
project-budget-spent = Dépensé
project-budget-share = { $percent } % du budget prévu dépensé
project-dates = Dates
project-start = Début
project-end = Fin
project-place = Lieu
project-linked-commitments = Engagements mis en œuvre par ce projet
project-no-commitments = Ce projet n’est lié à aucun engagement.
project-reference = Projet { $id }

## Langue de repli
fallback-notice = Pas encore disponible dans votre langue ; affiché dans la langue suivante : { $language }.

## Erreurs
error-not-found-title = Page introuvable
error-not-found-body = Nous n’avons pas trouvé cette page. Elle a peut-être été déplacée, ou l’adresse contient une faute de frappe.
error-city-not-found = Il n’y a pas de ville appelée « { $city } » ici.
error-commitment-not-found = { $city } n’a aucun engagement portant la référence « { $reference } ».
error-project-not-found = { $city } n’a aucun projet portant ce numéro.
error-go-home = Voir toutes les villes
error-go-city = Aller à la vue d’ensemble de { $city }
error-server-title = Un problème est survenu
error-server-body = Nous n’avons pas pu traiter votre demande. Rien n’a été modifié. Veuillez réessayer dans un instant.
error-bad-request-title = Cette demande n’a pas pu être comprise
error-bad-request-body = Certaines informations envoyées n’étaient pas valides. Veuillez revenir en arrière et les vérifier.
error-forbidden-title = Action non autorisée
error-forbidden-body = Vous n’avez pas l’autorisation de faire cela.
error-csrf-body = Ce formulaire a expiré ou a été envoyé depuis un autre site. Veuillez revenir en arrière, recharger la page et réessayer.
error-too-many-title = Trop de tentatives
error-too-many-body = Veuillez patienter une minute avant de réessayer.
error-too-large-body = Ce que vous avez envoyé est trop volumineux. Veuillez le raccourcir et réessayer.
