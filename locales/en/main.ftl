## Site chrome
site-name = townhall
site-tagline = Commitments, progress and public feedback
skip-to-content = Skip to main content
nav-main = Main navigation
nav-cities = Cities
nav-search = Search
nav-account = Account
nav-login = Log in
nav-register = Create account
nav-logout = Log out
lang-switcher = Language
lang-switcher-current = { $language } (current)
footer-about = townhall is open-source software for people-centred smart cities. All content on this site is open data.
footer-api = Open data API
breadcrumb = Breadcrumb

## Language names, written in their own language
lang-en = English
lang-fr = Français
lang-es = Español
lang-ar = العربية
lang-zh = 中文
lang-ru = Русский
lang-sw = Kiswahili

## Home
home-title = Cities on townhall
home-intro = Choose a city to see what it promised, how far it has come, and what residents say about it.
home-no-cities = No city has been published yet.
home-city-commitments = { $count ->
    [one] { $count } commitment
   *[other] { $count } commitments
}

## City overview
city-overview = Overview
city-commitments-by-status = Commitments by status
city-latest-updates = Latest updates
city-open-consultations = Open consultations
city-no-consultations = No consultation is open right now.
city-no-updates = No update has been published yet.
city-all-commitments = All commitments
city-all-projects = All projects
city-nav = City sections
city-overdue = Overdue commitments ({ $count })
city-no-overdue = No commitment is past its due date.
city-due-next = Due next
city-nothing-due = No due dates coming up.
city-all-updates = All updates

## Statuses
status-not_started = Not started
status-in_progress = In progress
status-delayed = Delayed
status-completed = Completed
status-cancelled = Cancelled

## Thematic areas
theme-inclusion-equity-human-rights = Inclusion, equity and human rights
theme-community-participation = Community participation
theme-digital-literacy = Digital literacy
theme-shared-prosperity = Shared prosperity
theme-environmental-sustainability = Environmental sustainability
theme-digital-governance-regulations = Digital governance and regulations
theme-digital-infrastructure-city-services = Digital infrastructure and city services

## Sustainable Development Goals
sdg-label = SDG { $number }
sdg-1 = No poverty
sdg-2 = Zero hunger
sdg-3 = Good health and well-being
sdg-4 = Quality education
sdg-5 = Gender equality
sdg-6 = Clean water and sanitation
sdg-7 = Affordable and clean energy
sdg-8 = Decent work and economic growth
sdg-9 = Industry, innovation and infrastructure
sdg-10 = Reduced inequalities
sdg-11 = Sustainable cities and communities
sdg-12 = Responsible consumption and production
sdg-13 = Climate action
sdg-14 = Life below water
sdg-15 = Life on land
sdg-16 = Peace, justice and strong institutions
sdg-17 = Partnerships for the goals

## Commitments
commitments-title = Commitments
commitments-intro = What { $city } has promised, and where each promise stands today.
commitments-filter = Filter commitments
filter-status = Status
filter-theme = Thematic area
filter-stance = Stance
filter-sdg = Sustainable Development Goal
filter-any = Any
filter-apply = Apply filters
filter-clear = Clear filters
commitments-count = { $count ->
    [one] { $count } commitment shown
   *[other] { $count } commitments shown
}
commitments-none = No commitment matches these filters.
commitment-reference = Reference
commitment-status = Status
commitment-progress = Progress
progress-text = { $percent }% complete
commitment-due = Due date
commitment-overdue = Overdue
commitment-department = Responsible department
commitment-baseline = Baseline
commitment-target = Target
commitment-themes = Thematic areas
commitment-sdgs = Sustainable Development Goals
commitment-kpis = KPI references
commitment-projects = Projects delivering this commitment
commitment-no-projects = No project is linked to this commitment yet.
commitment-feed = Atom feed of updates
feed-updates = Atom feed of updates and official responses
feed-consultation = Atom feed of official responses and the outcome

## Updates and the public ledger
timeline-title = Update timeline
timeline-none = No update has been published yet.
update-published = Published { $date } by { $publisher }
update-status-change = Status: { $status }, progress { $percent }%
update-evidence = Evidence
update-corrects = This update corrects update #{ $id }.
update-hash = Ledger hash
update-prev-hash = Previous hash
update-proof = Evidence and ledger hash
ledger-explainer = Updates are never edited or deleted. Each one stores a SHA-256 hash of itself and of the previous update, so anyone can check that history was not rewritten.

## Projects
projects-title = Projects
projects-intro = How { $city } delivers its commitments.
projects-none = No project has been published yet.
project-budget = Budget
project-budget-planned = Planned
project-budget-spent = Spent
project-budget-share = { $percent }% of the planned budget spent
project-dates = Dates
project-start = Start
project-end = End
project-place = Place
project-linked-commitments = Commitments it delivers
project-no-commitments = This project is not linked to a commitment.
project-reference = Project { $id }

## Translation fallback
fallback-notice = Not yet available in your language; shown in { $language }.

## Errors
error-not-found-title = Page not found
error-not-found-body = We could not find this page. It may have moved, or the address may be mistyped.
error-city-not-found = There is no city called “{ $city }” here.
error-commitment-not-found = { $city } has no commitment with the reference “{ $reference }”.
error-project-not-found = { $city } has no project with this number.
error-go-home = See all cities
error-go-city = Go to the overview of { $city }
error-server-title = Something went wrong
error-server-body = We could not complete your request. Nothing was changed. Please try again in a moment.
error-bad-request-title = This request could not be understood
error-bad-request-body = Some of the information sent was not valid. Please go back and check it.
error-forbidden-title = Not allowed
error-forbidden-body = You do not have permission to do this.
error-csrf-body = This form has expired or was sent from somewhere else. Please go back, reload the page and try again.
error-too-many-title = Too many attempts
error-too-many-body = Please wait a minute before trying again.
error-too-large-body = What you sent is too large. Please shorten it and try again.
