## Notification preference
field-notify_mode = Arifa kwa barua pepe
notify-immediate = Barua pepe moja kwa kila habari mpya
notify-daily = Barua pepe moja ya muhtasari kwa siku
notify-none = Hakuna barua pepe za arifa

## Notification mails: subject (city · item: what changed), details, why the person gets it
mail-subject-update = { $city } · { $item }: sasisho jipya ({ $status }, { $percent }%)
mail-subject-reply = { $city } · { $item }: jibu kwa maoni yako
mail-subject-official = { $city } · { $item }: jibu rasmi kutoka { $department }
mail-subject-challenge-opened = { $city } · { $item }: { $organisation } inapinga hali rasmi
mail-subject-challenge-upheld = { $city } · { $item }: pingamizi limekubaliwa, hali imesahihishwa
mail-subject-challenge-rejected = { $city } · { $item }: pingamizi limekataliwa
mail-subject-value = { $city } · { $indicator }: thamani mpya { $value }
mail-update-details = Hali: { $status }. Maendeleo: { $percent }%.
mail-why-follow = Unapokea ujumbe huu kwa sababu unafuatilia { $item } ({ $city }).
mail-why-comment = Unapokea ujumbe huu kwa sababu uliandika maoni kuhusu { $item } ({ $city }).
mail-why-member = Unapokea ujumbe huu kwa sababu wewe ni mwanachama wa { $organisation }.
mail-value-own-line = Kiashiria { $indicator } kina thamani mpya: { $value }.
