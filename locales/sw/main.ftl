## Muundo wa tovuti
site-name = townhall
site-tagline = Ahadi, maendeleo na maoni ya umma
skip-to-content = Ruka hadi maudhui makuu
nav-main = Urambazaji mkuu
nav-cities = Majiji
nav-search = Tafuta
nav-account = Akaunti
nav-login = Ingia
nav-register = Fungua akaunti
nav-logout = Toka
lang-switcher = Lugha
lang-switcher-current = { $language } (lugha ya sasa)
footer-about = townhall ni programu huria kwa ajili ya majiji erevu yanayowaweka watu mbele. Maudhui yote kwenye tovuti hii ni data huria.
footer-api = API ya data huria
breadcrumb = Njia ya urambazaji

## Majina ya lugha, yameandikwa kwa lugha zenyewe
lang-en = English
lang-fr = Français
lang-es = Español
lang-ar = العربية
lang-zh = 中文
lang-ru = Русский
lang-sw = Kiswahili

## Mwanzo
home-title = Majiji kwenye townhall
home-intro = Chagua jiji ili uone lilichoahidi, limefika wapi, na wakazi wake wanasema nini kulihusu.
home-no-cities = Bado hakuna jiji lililochapishwa.
home-city-commitments = { $count ->
    [one] ahadi { $count }
   *[other] ahadi { $count }
}

## Muhtasari wa jiji
city-overview = Muhtasari
city-commitments-by-status = Ahadi kwa hali
city-latest-updates = Masasisho ya hivi karibuni
city-open-consultations = Mashauriano yaliyo wazi
city-no-consultations = Hakuna mashauriano yaliyo wazi kwa sasa.
city-no-updates = Bado hakuna sasisho lililochapishwa.
city-all-commitments = Ahadi zote
city-all-projects = Miradi yote
city-nav = Kurasa za jiji
city-overdue = Ahadi zilizopitwa na muda ({ $count })
city-no-overdue = Hakuna ahadi iliyopitwa na tarehe yake ya mwisho.
city-due-next = Tarehe za mwisho zijazo
city-nothing-due = Hakuna tarehe ya mwisho inayokaribia.
city-all-updates = Masasisho yote

## Hali
status-not_started = Haijaanza
status-in_progress = Inaendelea
status-delayed = Imechelewa
status-completed = Imekamilika
status-cancelled = Imeghairiwa

## Maeneo ya mada
theme-inclusion-equity-human-rights = Ujumuishi, usawa na haki za binadamu
theme-community-participation = Ushiriki wa jamii
theme-digital-literacy = Ujuzi wa kidijitali
theme-shared-prosperity = Ustawi wa pamoja
theme-environmental-sustainability = Uendelevu wa mazingira
theme-digital-governance-regulations = Utawala na kanuni za kidijitali
theme-digital-infrastructure-city-services = Miundombinu ya kidijitali na huduma za jiji

## Malengo ya Maendeleo Endelevu
sdg-label = SDG { $number }
sdg-1 = Kutokomeza umaskini
sdg-2 = Kutokomeza njaa
sdg-3 = Afya bora na ustawi
sdg-4 = Elimu bora
sdg-5 = Usawa wa kijinsia
sdg-6 = Maji safi na usafi wa mazingira
sdg-7 = Nishati safi kwa gharama nafuu
sdg-8 = Kazi zenye staha na ukuaji wa uchumi
sdg-9 = Viwanda, ubunifu na miundombinu
sdg-10 = Kupunguza kutokuwepo kwa usawa
sdg-11 = Miji na jamii endelevu
sdg-12 = Matumizi na uzalishaji wenye uwajibikaji
sdg-13 = Kuchukua hatua kuhusu mabadiliko ya tabianchi
sdg-14 = Uhai chini ya maji
sdg-15 = Uhai kwenye nchi kavu
sdg-16 = Amani, haki na taasisi imara
sdg-17 = Ushirikiano ili kufikia malengo

## Ahadi
commitments-title = Ahadi
commitments-intro = Kile ambacho jiji la { $city } limeahidi, na hali ya kila ahadi ilivyo leo.
commitments-filter = Chuja ahadi
filter-status = Hali
filter-theme = Eneo la mada
filter-stance = Msimamo
filter-sdg = Lengo la Maendeleo Endelevu
filter-any = Yoyote
filter-apply = Tumia vichujio
filter-clear = Futa vichujio
commitments-count = { $count ->
    [one] Ahadi { $count } inaonyeshwa
   *[other] Ahadi { $count } zinaonyeshwa
}
commitments-none = Hakuna ahadi inayolingana na vichujio hivi.
commitment-reference = Namba ya marejeleo
commitment-status = Hali
commitment-progress = Maendeleo
progress-text = Imekamilika kwa { $percent }%
commitment-due = Tarehe ya mwisho
commitment-overdue = Muda umepita
commitment-department = Idara inayohusika
commitment-baseline = Hali ya awali
commitment-target = Lengo
commitment-themes = Maeneo ya mada
commitment-sdgs = Malengo ya Maendeleo Endelevu
commitment-kpis = Marejeleo ya viashiria vikuu vya utendaji (KPI)
commitment-projects = Miradi inayotekeleza ahadi hii
commitment-no-projects = Bado hakuna mradi uliounganishwa na ahadi hii.
commitment-feed = Mlisho wa Atom wa masasisho
feed-updates = Mlisho wa Atom wa masasisho na majibu rasmi
feed-consultation = Mlisho wa Atom wa majibu rasmi na matokeo

## Masasisho na daftari la umma
timeline-title = Mfuatano wa masasisho
timeline-none = Bado hakuna sasisho lililochapishwa.
update-published = Limechapishwa { $date } na { $publisher }
update-status-change = Hali: { $status }, maendeleo { $percent }%
update-evidence = Ushahidi
update-corrects = Sasisho hili linasahihisha sasisho namba { $id }.
update-hash = Hashi ya daftari
update-prev-hash = Hashi iliyotangulia
update-proof = Ushahidi na hashi ya daftari
ledger-explainer = Masasisho hayahaririwi wala hayafutwi kamwe. Kila sasisho huhifadhi hashi ya SHA-256 ya sasisho lenyewe na ya sasisho lililotangulia, ili mtu yeyote aweze kuhakikisha kwamba historia haijaandikwa upya.

## Miradi
projects-title = Miradi
projects-intro = Jinsi jiji la { $city } linavyotekeleza ahadi zake.
projects-none = Bado hakuna mradi uliochapishwa.
project-budget = Bajeti
project-budget-planned = Iliyopangwa
project-budget-spent = Iliyotumika
project-budget-share = { $percent }% ya bajeti iliyopangwa imetumika
project-dates = Tarehe
project-start = Mwanzo
project-end = Mwisho
project-place = Mahali
project-linked-commitments = Ahadi zinazotekelezwa na mradi huu
project-no-commitments = Mradi huu haujaunganishwa na ahadi yoyote.
project-reference = Mradi { $id }

## Lugha mbadala
fallback-notice = Bado haipatikani kwa lugha yako; inaonyeshwa kwa lugha hii: { $language }.

## Hitilafu
error-not-found-title = Ukurasa haukupatikana
error-not-found-body = Hatukuweza kupata ukurasa huu. Huenda umehamishwa, au anwani imeandikwa vibaya.
error-city-not-found = Hakuna jiji linaloitwa “{ $city }” hapa.
error-commitment-not-found = Jiji la { $city } halina ahadi yenye namba ya marejeleo “{ $reference }”.
error-project-not-found = Jiji la { $city } halina mradi wenye namba hii.
error-go-home = Tazama majiji yote
error-go-city = Nenda kwenye muhtasari wa jiji la { $city }
error-server-title = Hitilafu imetokea
error-server-body = Hatukuweza kukamilisha ombi lako. Hakuna kilichobadilishwa. Tafadhali jaribu tena baada ya muda mfupi.
error-bad-request-title = Ombi hili halikueleweka
error-bad-request-body = Baadhi ya taarifa zilizotumwa si sahihi. Tafadhali rudi nyuma uzikague.
error-forbidden-title = Hairuhusiwi
error-forbidden-body = Huna ruhusa ya kufanya hivi.
error-csrf-body = Muda wa fomu hii umeisha au ilitumwa kutoka mahali pengine. Tafadhali rudi nyuma, pakia upya ukurasa kisha ujaribu tena.
error-too-many-title = Majaribio mengi mno
error-too-many-body = Tafadhali subiri dakika moja kabla ya kujaribu tena.
error-too-large-body = Ulichotuma ni kikubwa mno. Tafadhali kifupishe kisha ujaribu tena.
