## Dashibodi ya watumishi
admin-title = Dashibodi ya watumishi
admin-publishing = Uchapishaji
admin-new-commitment = Ahadi mpya
admin-new-project = Mradi mpya
admin-new-update = Chapisha taarifa
admin-edit-commitment = Hariri ahadi { $reference }
admin-edit-project = Hariri mradi { $reference }
admin-city-administration = Usimamizi wa mji
admin-people = Watu na majukumu
admin-organisations = Mashirika
admin-audit = Kumbukumbu za ukaguzi
admin-moderation = Udhibiti wa maudhui

admin-edit = Hariri
admin-done = Imekamilika. Mabadiliko yamehifadhiwa.
admin-actions = Vitendo
admin-people-none = Bado hakuna mtu mwenye jukumu katika mji huu.
admin-people-caption = Watu wenye jukumu katika mji huu
admin-revoke = Ondoa jukumu
admin-grant = Mpe mtu jukumu
admin-grant-submit = Toa jukumu
admin-default-language = lugha kuu ya mji
admin-translations = Maandishi kwa kila lugha
admin-translations-hint = Jaza lugha unazoweza. Lugha zitakazoachwa wazi zitaonyesha maandishi ya lugha kuu pamoja na ilani.
admin-details = Maelezo ya kina
admin-update-hint = Taarifa ni za umma na ni za kudumu. Ili kusahihisha kosa, chapisha taarifa mpya inayotaja taarifa inayosahihishwa.
admin-publish = Chapisha
admin-organisations-none = Bado hakuna shirika lililoomba wasifu.
admin-org-verify = Thibitisha
admin-org-reject = Kataa
admin-audit-intro = Kila kitendo cha watumishi na wasimamizi katika mji huu: nani, nini na lini.
admin-audit-none = Bado hakuna kilichorekodiwa.
admin-audit-when = Lini
admin-audit-who = Nani
admin-audit-what = Kitendo
admin-audit-subject = Kinachohusika
deleted-account = Akaunti iliyofutwa

## Lebo za sehemu
field-role = Jukumu
field-title = Kichwa
field-summary = Muhtasari
field-body = Maandishi kamili
field-text = Maandishi
field-department = Idara inayohusika
field-baseline = Hali ya awali
field-target = Lengo
field-due_date = Tarehe ya mwisho
field-kpis = Marejeleo ya viashiria vikuu vya utendaji (KPI)
field-themes = Maeneo ya mada
field-sdgs = Malengo ya Maendeleo Endelevu
field-budget_planned = Bajeti iliyopangwa
field-budget_spent = Bajeti iliyotumika
field-currency = Sarafu
field-start_date = Tarehe ya kuanza
field-end_date = Tarehe ya kumaliza
field-place_name = Mahali
field-lat = Latitudo
field-lon = Longitudo
field-commitments = Ahadi zinazotekelezwa na mradi huu
field-item = Ahadi au mradi
field-status = Hali
field-progress = Maendeleo (%)
field-publisher = Imechapishwa na
field-corrects = Inasahihisha taarifa namba
field-evidence = Ushahidi
field-evidence-label = Ushahidi { $number }: jina
field-evidence-url = Ushahidi { $number }: anwani
field-name = Jina
field-website = Tovuti
field-description = Maelezo

## Maelekezo ya sehemu
hint-grant-email = Mtu huyo lazima awe tayari na akaunti.
hint-baseline = Hali ilivyokuwa wakati ahadi ilipotolewa.
hint-target = Mafanikio yataonekanaje, kwa namba ikiwezekana.
hint-date = Mwaka-mwezi-siku, kwa mfano 2027-06-30.
hint-kpis = Rejeleo moja kwa kila mstari, kwa mfano jina la kiashiria cha U4SSC.
hint-currency = Herufi tatu, kwa mfano USD, EUR au TZS.
hint-lat = Nyuzi za desimali, kwa mfano -6.8161. Si lazima.
hint-lon = Nyuzi za desimali, kwa mfano 39.2894. Si lazima.
hint-progress = Namba kamili kuanzia 0 hadi 100.
hint-publisher = Kwa kawaida ni idara inayohusika.
hint-corrects = Jaza tu ikiwa taarifa hii inasahihisha taarifa ya awali. Vinginevyo acha wazi.
hint-evidence = Nyaraka, picha au data zinazoonyesha kilichotokea. Kila kiungo kinahitaji jina na anwani.
hint-website = Si lazima. Huanza na https://
hint-member-email = Mtu huyo lazima awe tayari na akaunti.

## Hitilafu za fomu
form-no-such-person = Hakuna akaunti yenye anwani hii ya barua pepe.
form-invalid-website = Weka anwani inayoanza na https:// au http://.

## Mashirika
org-request-title = Omba wasifu wa shirika
org-request-intro = Mashirika ya kiraia yanaweza kutoa maoni kwa niaba ya shirika na kuchapisha tathmini huru baada ya mji kuyathibitisha.
org-request-submit = Tuma ombi
org-requested = Ombi lako limetumwa. Msimamizi wa mji atalihakiki shirika.
org-members = Wanachama
org-admin = msimamizi wa shirika
org-add-member = Ongeza mwanachama
org-add-member-submit = Ongeza mwanachama huyu
org-member-added = Mwanachama ameongezwa.
org-status-pending = Linasubiri kuthibitishwa
org-status-verified = Limethibitishwa
org-status-rejected = Halijathibitishwa
city-org-request = Je, wewe ni shirika la kiraia? Omba wasifu
