## Urambazaji
nav-admin = Dashibodi ya watumishi

## Fomu (za pamoja)
form-error-summary = Kuna tatizo
form-error-prefix = Hitilafu:
form-honeypot = Acha sehemu hii wazi
form-save = Hifadhi
form-required = Sehemu hii inahitajika.
form-too-long = Maandishi haya ni marefu mno.
form-invalid-email = Weka anwani ya barua pepe kama name@example.org.
form-password-too-short = Tumia angalau herufi 10.
form-password-common = Nenosiri hili ni la kawaida mno. Chagua jingine ambalo ni gumu zaidi kukisia.
form-password-mismatch = Manenosiri mawili hayalingani.
form-wrong-password = Nenosiri hili si sahihi.
form-invalid-choice = Chagua mojawapo ya chaguo.
form-invalid-slug = Tumia herufi ndogo, tarakimu au vistari, kati ya 2 na 40 kwa jumla.
form-slug-taken = Anwani hii tayari inatumiwa na jiji jingine.
form-invalid-time-zone = Chagua saa za eneo sahihi, kwa mfano Africa/Nairobi.
form-invalid-date = Weka tarehe kwa mpangilio mwaka-mwezi-siku, kwa mfano 2027-06-30.
form-invalid-sdg = Chagua malengo kati ya 1 na 17.
form-invalid-number = Weka namba sahihi.
form-invalid-currency = Weka msimbo wa sarafu wenye herufi tatu, kwa mfano USD.
form-unknown-commitment = Mojawapo ya ahadi ulizochagua haipo.
form-invalid-progress = Weka namba kamili kuanzia 0 hadi 100.
form-invalid-url = Kila kiungo cha ushahidi kinahitaji jina na anwani inayoanza na https:// au http://.
form-unknown-update = Hakuna sasisho kama hilo kwa kipengele hiki.

## Majina ya sehemu
field-display_name = Jina la kuonyeshwa
field-email = Anwani ya barua pepe
field-password = Nenosiri
field-password_confirm = Rudia nenosiri
field-current_password = Nenosiri la sasa
field-new_password = Nenosiri jipya
field-locale = Lugha unayopendelea

## Maelezo ya sehemu
hint-display-name = Huonyeshwa kando ya unachoandika. Si lazima liwe jina lako halisi.
hint-email-private = Haionyeshwi hadharani kamwe. Tutakutumia kiungo ili uithibitishe.
hint-password-rules = Angalau herufi 10. Epuka manenosiri ya kawaida; sentensi fupi ni rahisi kukumbuka.

## Kujisajili
register-title = Fungua akaunti
register-intro = Ukiwa na akaunti unaweza kutoa maoni, kufuatilia ahadi na kupata majibu kutoka kwa jiji.
register-submit = Fungua akaunti
register-have-account = Tayari una akaunti?
register-done-title = Angalia barua pepe yako
register-done-body = Ikiwa anwani hii inaweza kutumika, tumetuma ujumbe kwa anwani hiyo. Fungua kiungo kilicho kwenye ujumbe huo ili kuthibitisha anwani yako. Kiungo kinafanya kazi kwa saa 48.

## Kuthibitisha barua pepe
verify-ok-title = Anwani imethibitishwa
verify-ok-body = Asante. Anwani yako ya barua pepe imethibitishwa.
verify-bad-title = Kiungo hiki hakifanyi kazi
verify-bad-body = Muda wa kiungo umeisha au tayari kimetumika. Ingia na uombe kiungo kipya, au fungua akaunti yako upya.

## Kuingia
login-title = Ingia
login-submit = Ingia
login-forgot = Umesahau nenosiri lako?
login-no-account = Bado huna akaunti?
login-failed = Anwani ya barua pepe au nenosiri si sahihi.
login-locked = Kumekuwa na majaribio mengi mno yaliyoshindwa kwa anwani hii. Subiri dakika chache kisha ujaribu tena.

## Nenosiri lililosahaulika
forgot-title = Weka upya nenosiri lako
forgot-intro = Weka anwani uliyotumia kujisajili. Tutakutumia kiungo cha kuchagua nenosiri jipya.
forgot-submit = Tuma kiungo
forgot-sent = Ikiwa kuna akaunti inayotumia anwani hii, tumetuma kiungo kwa anwani hiyo. Kiungo kinafanya kazi kwa saa moja.

## Kuweka upya nenosiri
reset-title = Chagua nenosiri jipya
reset-submit = Hifadhi nenosiri jipya
reset-done = Nenosiri lako limebadilishwa. Sasa unaweza kuingia.
reset-bad-title = Kiungo hiki hakifanyi kazi
reset-bad-body = Muda wa kiungo umeisha au tayari kimetumika. Omba kiungo kipya.

## Akaunti
account-title = Akaunti yako
account-signed-in-as = Umeingia kama { $email }.
account-unverified = Anwani yako ya barua pepe bado haijathibitishwa. Fungua kiungo tulichokutumia.
account-profile = Wasifu
account-password = Badilisha nenosiri lako
account-password-submit = Badilisha nenosiri
account-roles = Majukumu yako
account-organisations = Mashirika yako
account-no-organisations = Wewe si mwanachama wa shirika lolote.
account-your-data = Data yako
account-export-intro = Pakua kila kitu tunachohifadhi kukuhusu, kama faili la JSON.
account-export = Pakua data yangu
account-delete = Futa akaunti yako
account-delete-intro = Data yako binafsi itafutwa. Maoni yako ya umma yatabaki, na yataonyeshwa kuwa yameandikwa na akaunti iliyofutwa. Hatua hii haiwezi kutenguliwa.
account-delete-submit = Futa akaunti yangu
account-saved = Mabadiliko yako yamehifadhiwa.
account-deleted-title = Akaunti imefutwa
account-deleted-body = Akaunti yako na data yako binafsi zimefutwa.

## Majukumu
role-moderator = Mdhibiti wa maoni
role-staff = Mtumishi wa jiji
role-city_admin = Msimamizi wa jiji

## Mashirika
org-verified = Shirika lililohakikiwa
org-pending = linasubiri kuhakikiwa

## Barua pepe
mail-greeting = Habari { $name },
mail-footer = Unapokea ujumbe huu kwa sababu ya kitendo kilichofanyika kwenye townhall. Ikiwa si wewe, unaweza kuupuuza.
mail-verify-subject = Thibitisha anwani yako ya barua pepe
mail-verify-body = Tafadhali thibitisha kwamba anwani hii ni yako kwa kufungua kiungo kilicho hapa chini.
mail-link-expires-hours = { $hours ->
    [one] Kiungo kinafanya kazi kwa saa { $hours }.
   *[other] Kiungo kinafanya kazi kwa saa { $hours }.
}
mail-verify-action = Thibitisha anwani yangu
mail-already-subject = Mtu alijaribu kujisajili kwa anwani yako
mail-already-body = Mtu alijaribu kufungua akaunti kwa anwani hii ya barua pepe, ambayo tayari ina akaunti. Ikiwa ni wewe, ingia au weka upya nenosiri lako. Vinginevyo unaweza kupuuza ujumbe huu.
mail-already-action = Ingia
mail-reset-subject = Weka upya nenosiri lako
mail-reset-body = Tumepokea ombi la kuweka upya nenosiri lako. Fungua kiungo kilicho hapa chini ili kuchagua jipya.
mail-reset-ignore = Ikiwa hukuomba hili, puuza ujumbe huu: nenosiri lako litabaki vilevile.
mail-reset-action = Chagua nenosiri jipya
following-title = Unachofuatilia
following-intro = Unapokea barua pepe vitu hivi vikipata sasisho jipya, jibu rasmi au jibu kwako.
following-none = Bado hufuatilii chochote. Tumia “Fuatilia” kwenye ahadi, mradi au mashauriano.
following-unfollow = Acha kufuatilia
following-unfollowed = Hufuatilii tena kipengele hicho.
following-since = Unafuatilia tangu { $date }
orgs-title = Mashirika
orgs-intro = Mashirika ya kiraia yaliyohakikiwa na jiji. Wanachama wa mashirika haya wanaweza kutoa maoni kwa niaba ya mashirika yao na kuchapisha tathmini huru.
orgs-none = Bado hakuna shirika lililohakikiwa.
orgs-members = { $count ->
    [one] Mwanachama { $count }
   *[other] Wanachama { $count }
}
orgs-request = Omba wasifu uliohakikiwa kwa shirika lako
