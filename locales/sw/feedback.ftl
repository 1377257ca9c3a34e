## Maoni
comments-title = { $count ->
    [one] Maoni { $count }
   *[other] Maoni { $count }
}
comments-none = Bado hakuna maoni. Kuwa wa kwanza kutoa maoni yako.
comments-order = Mpangilio
comments-newest = Mapya kwanza
comments-oldest = Ya zamani kwanza
comment-add = Ongeza maoni yako
comment-reply-to = Mjibu { $name }
comment-cancel-reply = Ghairi jibu na uandike maoni mapya badala yake
comment-login = Ingia au fungua akaunti ili utoe maoni.
comment-body-label = Maoni yako
comment-body-hint = Maandishi ya kawaida, hadi herufi 5,000. Viungo vinaruhusiwa.
comment-char-count = { $count ->
    [one] Umeandika herufi { $count }.
   *[other] Umeandika herufi { $count }.
}
comment-as-myself = Mimi mwenyewe
comment-submit = Chapisha maoni
comment-posted = Asante. Maoni yako yamechapishwa.
comment-held = Asante. Maoni yako yataonekana baada ya mdhibiti wa maoni kuyakagua.
comment-official = Jibu rasmi
comment-official-check = Chapisha jibu hili kama jibu rasmi la jiji
comment-anonymous = Bila jina
comment-for-organisation = kwa niaba ya { $organisation }
comment-edited = yamehaririwa
comment-hidden = Yamefichwa na wadhibiti wa maoni: { $reason }
comment-awaiting = { $days ->
    [0] Yanasubiri jibu kutoka kwa jiji tangu leo
    [one] Yanasubiri jibu kutoka kwa jiji kwa siku { $days }
   *[other] Yanasubiri jibu kutoka kwa jiji kwa siku { $days }
}
comment-reply = Jibu
comment-edit = Hariri
comment-edit-title = Hariri maoni yako
comment-edit-hint = Unaweza kusahihisha maoni ndani ya dakika 15 baada ya kuyachapisha. Yatawekewa alama kwamba yamehaririwa.
comment-flag = Ripoti maoni haya
comment-flag-submit = Tuma ripoti
flag-thanks-title = Asante kwa ripoti yako
flag-thanks-body = Mdhibiti wa maoni ataangalia maoni haya. Yakivunja kanuni, yatafichwa na sababu itaonyeshwa hadharani.
flag-back = Rudi kwenye majadiliano
form-cancel = Ghairi
pagination = Kurasa za maoni
pagination-prev = Ukurasa uliotangulia
pagination-next = Ukurasa unaofuata
pagination-status = Ukurasa { $page } kati ya { $pages }

## Misimamo, njia, sababu, tathmini
stance-none = Hakuna msimamo maalum
stance-support = Kuunga mkono
stance-concern = Wasiwasi
stance-suggestion = Pendekezo
stance-question = Swali
channel-web = Tovuti
channel-in_person = Ana kwa ana
channel-paper = Kwenye karatasi
channel-phone = Kwa simu
channel-email = Kwa barua pepe
reason-spam = barua taka
reason-abusive = lugha ya matusi
reason-personal_data = taarifa binafsi
reason-off_topic = nje ya mada
reason-illegal = maudhui haramu
rating-on_track = Inaenda kulingana na mpango
rating-behind = Imechelewa
rating-off_track = Imetoka kwenye mpango
rating-unclear = Haijulikani wazi

## Lebo za sehemu
field-stance = Msimamo (si lazima)
field-language = Lugha ya maoni yako
field-organisation_id = Zungumza kwa niaba ya
field-parent_id = Jibu kwa
field-official = Jibu rasmi
field-reason = Sababu
field-note = Ujumbe kwa wadhibiti wa maoni (si lazima)
field-channel = Jinsi maoni yalivyotolewa
field-date = Tarehe yalipotolewa
field-organisation = Shirika (si lazima)
field-consent = Mtu huyo amekubali maoni yake yachapishwe
field-rating = Ukadiriaji
field-assessment_body = Tathmini yako
field-opens = Inafunguliwa
field-closes = Inafungwa
field-about = Kuhusu
field-item_kind = Aina ya kipengele
hint-datetime = Saa za eneo la jiji, kwa mfano 2027-03-01 09:00.
hint-offline-name = Si lazima. Acha wazi ili kuyachapisha bila jina.

## Hitilafu za fomu
form-comment-empty = Andika kitu kabla ya kuchapisha.
form-comment-too-long = Maoni hayawezi kuzidi herufi 5,000.
form-comment-control = Maandishi yana herufi ambazo haziwezi kuonyeshwa.
form-verify-first = Kwanza thibitisha anwani yako ya barua pepe: fungua kiungo tulichokutumia.
form-consultation-closed = Mashauriano haya hayapokei maoni kwa sasa.
form-invalid-parent = Unaweza kujibu tu maoni yanayoonekana kwenye ukurasa huu.
form-invalid-organisation = Unaweza kuzungumza tu kwa niaba ya shirika lililohakikiwa ambalo wewe ni mwanachama wake.
form-official-needs-parent = Jibu rasmi lazima lijibu maoni fulani.
form-edit-window-over = Dakika 15 za kusahihisha zimekwisha.
form-consent-required = Maoni yanaweza kuchapishwa tu kwa idhini ya mtu huyo.
form-date-in-future = Tarehe haiwezi kuwa ya siku zijazo.
form-invalid-datetime = Weka tarehe na saa, kwa mfano 2027-03-01 09:00.
form-closes-before-opens = Muda wa kufunga lazima uwe baada ya muda wa kufungua.

## Kufuatilia na arifa
follow-start = Fuatilia: pokea barua pepe kunapokuwa na habari mpya
follow-stop = Acha kufuatilia
unsubscribe-title = Sitisha arifa
unsubscribe-intro = Bonyeza kitufe ili kusitisha barua pepe zote za arifa kutoka townhall. Unaweza kufuatilia vipengele tena wakati wowote.
unsubscribe-submit = Sitisha arifa zote
unsubscribe-done-title = Arifa zimesitishwa
unsubscribe-done-body = Hutapokea tena barua pepe za arifa.
unsubscribe-bad-title = Kiungo hiki hakifanyi kazi
unsubscribe-bad-body = Kiungo si sahihi. Unaweza pia kubadilisha arifa kwenye ukurasa wa akaunti yako.
mail-open = Fungua ukurasa
mail-notification-why = Unapokea ujumbe huu kwa sababu unafuatilia kipengele hiki au uliandika maoni juu yake.
mail-unsubscribe = Sitisha barua pepe hizi
mail-update-line = Kuna sasisho jipya la uwajibikaji kuhusu { $item }.
mail-reply-line = Mtu amejibu maoni yako kuhusu { $item }.
mail-official-line = { $department } imechapisha jibu rasmi kwa maoni yako kuhusu { $item }.
mail-digest-subject = Muhtasari wako wa kila siku
mail-digest-intro = { $count ->
    [one] Kuna habari mpya { $count } kwa ajili yako:
   *[other] Kuna habari mpya { $count } kwa ajili yako:
}

## Tathmini
assessments-title = Tathmini huru
assessments-none = Bado hakuna shirika lililohakikiwa ambalo limetathmini ahadi hii.
assessment-add = Chapisha tathmini kwa niaba ya shirika lako
assessment-submit = Chapisha tathmini

## Mashauriano
consultations-title = Mashauriano
consultations-intro = Nyakati ambapo jiji linaomba maoni yako kuhusu mpango fulani, kabla ya kufanya uamuzi.
consultations-none = Bado hakuna mashauriano yaliyochapishwa.
consultation-reference = Mashauriano { $id }
consultation-dates = Kuanzia { $opens } hadi { $closes } (saa za jiji)
consultation-about = Kuhusu:
consultation-about-none = Hakuna jambo maalum
consultation-participation = Ushiriki hadi sasa
participation-comments = maoni
participation-people = watu
participation-organisations = mashirika
consultation-questions = Maswali ya kukuongoza katika maoni yako
consultation-outcome = Matokeo
consultation-outcome-pending = Jiji bado halijachapisha kile lilichosikia na kile litakalofanya.
consultation-heard = Tulichosikia
consultation-actions = Tutakachofanya
consultation-not-open-yet = Mashauriano haya bado hayajafunguliwa. Rudi yatakapofunguliwa.
consultation-closed-no-comments = Mashauriano haya yamefungwa na hayapokei maoni tena.
consultation-form-hint = Andika swali moja la mwongozo kwa kila mstari. Jaza matokeo baada ya mashauriano kufungwa.
phase-upcoming = Yanakuja
phase-open = Yako wazi
phase-closed = Yamefungwa

## Foleni za watumishi
admin-new-consultation = Mashauriano mapya
admin-edit-consultation = Hariri mashauriano
moderation-title = Foleni ya udhibiti wa maoni
moderation-pending = Yanasubiri kuidhinishwa
moderation-pending-none = Hakuna maoni yanayosubiri kuidhinishwa.
moderation-flagged = Maoni yaliyoripotiwa
moderation-flagged-none = Hakuna maoni yaliyoripotiwa.
moderation-flag-count = { $count ->
    [one] ripoti { $count }
   *[other] ripoti { $count }
}
moderation-approve = Idhinisha
moderation-hide = Ficha
moderation-restore = Rejesha
moderation-dismiss = Yabakize, funga ripoti
moderation-is-hidden = yamefichwa
awaiting-title = Yanasubiri jibu
awaiting-intro = Maoni ya wakazi ambayo bado hayajapata jibu rasmi, ya zamani zaidi kwanza, ili chochote kisisahaulike.
awaiting-count = { $count ->
    [one] Maoni { $count } yanasubiri jibu.
   *[other] Maoni { $count } yanasubiri jibu.
}
awaiting-waited = Muda wa kusubiri
awaiting-days = { $days ->
    [one] siku { $days }
   *[other] siku { $days }
}
awaiting-comment = Maoni
offline-title = Ingiza maoni yaliyotolewa nje ya mtandao
offline-intro = Maoni yaliyotolewa ana kwa ana, kwenye karatasi, kwa simu au kwa barua pepe yana uzito sawa na maoni yaliyotolewa kwenye tovuti. Yaandike hapa, kwa idhini ya mtu huyo.
offline-submit = Chapisha maoni
offline-done = Maoni yamechapishwa.
