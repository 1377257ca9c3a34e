## Madodoso katika mashauriano: kujibu, matokeo, kurasa za watumishi.

questionnaire-title = Dodoso
questionnaire-respondents = { $count ->
    [one] Mhojiwa { $count } hadi sasa
   *[other] Wahojiwa { $count } hadi sasa
}
questionnaire-see-results = Angalia matokeo ya dodoso
questionnaire-submit = Tuma majibu yangu
questionnaire-change = Badilisha majibu yangu
questionnaire-saved = Asante: majibu yako yamehifadhiwa. Unaweza kuyabadilisha hadi mashauriano yatakapofungwa.
questionnaire-answered = Umeshajibu dodoso hili. Majibu yako yameonyeshwa hapa chini; unaweza kuyabadilisha hadi mashauriano yatakapofungwa.
questionnaire-login = Ingia ili ujibu dodoso
questionnaire-not-open = Dodoso litafunguliwa pamoja na mashauriano.
questionnaire-closed = Mashauriano yamefungwa: dodoso halipokei majibu tena.
question-number = Swali { $number }
question-required = lazima
question-scale-hint = Chagua kuanzia 1 (chini kabisa) hadi 5 (juu kabisa).
question-multiple-hint = Chagua majibu yote yanayofaa.

answer-required = Jibu swali hili: ni la lazima.
answer-one-only = Toa jibu moja tu kwa swali hili.
answer-invalid-option = Chagua mojawapo ya majibu yaliyotolewa.
answer-too-long = Jibu lako liwe chini ya herufi 2,000.
answer-unknown-question = Fomu imetaja swali ambalo halimo kwenye dodoso hili: pakia upya ukurasa kisha ujaribu tena.
answer-empty = Jibu angalau swali moja.
answer-closed = Mashauriano haya hayako wazi: majibu yanapokelewa tu yakiwa wazi.
answer-not-open = Mashauriano haya bado hayajafunguliwa.
answer-invalid-channel = Chagua jinsi majibu yalivyotolewa: ana kwa ana, kwenye karatasi, kwa simu au kwa barua pepe.
answer-invalid-copies = Idadi ya fomu zinazofanana lazima iwe namba kamili kuanzia 1 hadi 500.
answer-invalid-language = Chagua lugha ya majibu.

results-title = Matokeo: { $title }
results-heading = Matokeo ya dodoso
results-not-yet = Matokeo yatachapishwa mashauriano yatakapofungwa ({ $closes }).
results-respondents = Wahojiwa
results-respondents-total = wahojiwa kwa jumla
results-live = Mashauriano bado yako wazi: matokeo haya yanabadilika kadiri majibu yanavyoingia.
results-csv = Pakua matokeo (CSV)
results-json = Pakua matokeo (JSON)
results-answered = { $count ->
    [one] Mhojiwa { $count } amejibu swali hili
   *[other] Wahojiwa { $count } wamejibu swali hili
}
results-mean = Wastani:
results-chart-caption = Namba hizo hizo ziko kwenye jedwali hapa chini.
results-option = Jibu
results-value = Thamani
results-count = Wahojiwa
results-share = Asilimia
results-no-text = Bado hakuna majibu yaliyoandikwa.
answer-hidden = Limefichwa na mdhibiti wa maoni: { $reason }
answer-hide = Ficha jibu hili
answer-hide-reason = Sababu
answer-restore = Onyesha jibu hili tena

questions-title = Dodoso: { $title }
questions-heading = Dodoso
questions-none = Mashauriano haya bado hayana maswali.
questions-locked = Watu wameshajibu: unaweza kusahihisha maneno na tafsiri na kubadilisha mpangilio, lakini si aina ya swali, idadi ya majibu yake wala kama ni la lazima.
questions-live-results = Chapisha matokeo wakati mashauriano bado yako wazi
question-add = Ongeza swali
question-edit = Hariri
question-edit-title = Hariri swali
question-up = Sogeza juu
question-down = Sogeza chini
question-delete = Futa
question-kind-hint = Jibu moja, majibu kadhaa, kipimo kutoka 1 hadi 5, au jibu la kuandika.
question-kind-single = Jibu moja
question-kind-multiple = Majibu kadhaa
question-kind-scale = Kipimo kutoka 1 hadi 5
question-kind-text = Jibu la kuandika
question-options-hint = Kwa maswali yenye majibu ya kuchagua, andika jibu moja kwa kila mstari, kwa mpangilio ule ule katika kila lugha.
question-default-language = Andika swali kwanza katika lugha kuu ya jiji.
question-options-needed = Andika angalau majibu mawili ya kuchagua, moja kwa kila mstari.
question-options-mismatch = Kila lugha inahitaji idadi sawa ya majibu, kwa mpangilio ule ule.
question-options-too-many = Majibu ya kuchagua yasizidi 20.
question-options-unused = Vipimo na majibu ya kuandika havina majibu ya kuchagua: acha orodha ikiwa tupu.
question-locked = Watu wameshajibu: aina ya swali, idadi ya majibu na kama ni la lazima haviwezi kubadilishwa tena.
question-answers-exist = Watu wameshajibu: maswali hayawezi tena kuongezwa wala kufutwa.
question-too-many = Dodoso haliwezi kuwa na maswali zaidi ya 50.
field-kind = Aina ya swali
field-required = Ni lazima
field-prompt = Swali
field-options = Majibu ya kuchagua
field-copies = Idadi ya fomu zinazofanana
field-answer_channel = Jinsi majibu yalivyotolewa
field-answer_language = Lugha ya majibu

offline-answers-link = Ingiza majibu yaliyotolewa ana kwa ana, kwenye karatasi au kwa simu
offline-answers-title = Majibu ya nje ya mtandao: { $title }
offline-answers-heading = Ingiza majibu ya nje ya mtandao
offline-answers-intro = Andika hapa dodoso lililojibiwa ana kwa ana, kwenye karatasi au kwa simu. Fomu kadhaa zikiwa na majibu yanayofanana kabisa, ziingize mara moja pamoja na idadi yake. Katika matokeo, zinahesabiwa kulingana na njia iliyotumika.
offline-answers-copies-hint = 1 kwa fomu moja; hadi 500.
offline-answers-submit = Ingiza majibu haya
offline-answers-entered = { $count ->
    [one] Dodoso { $count } limeingizwa.
   *[other] Madodoso { $count } yameingizwa.
}

mail-subject-outcome = { $city } · { $item }: matokeo ya mashauriano
mail-outcome-line = Jiji limechapisha matokeo ya { $item }: kile lilichosikia na kile litakalofanya.
mail-why-participant = Unapokea ujumbe huu kwa sababu ulishiriki katika { $item } ({ $city }).

audit-question-add = Swali limeongezwa
audit-question-edit = Swali limehaririwa
audit-question-move = Swali limehamishwa
audit-question-delete = Swali limefutwa
audit-questionnaire-live-results = Uchapishaji wa matokeo wakati wa mashauriano umewashwa au kuzimwa
audit-questionnaire-offline = Majibu ya nje ya mtandao yameingizwa
audit-answer-hide = Jibu limefichwa
audit-answer-restore = Jibu limeonyeshwa tena

report-questionnaires = Madodoso
report-written-answers = majibu yaliyoandikwa
report-respondents-by-channel = Wahojiwa kwa njia ya mawasiliano
report-respondents-by-language = Wahojiwa kwa lugha
questionnaire-respondents-count = { $count ->
    [one] mhojiwa { $count }
   *[other] wahojiwa { $count }
}
