## Notification preference
field-notify_mode = Notifications par e-mail
notify-immediate = Un e-mail pour chaque nouveauté
notify-daily = Un e-mail de résumé par jour
notify-none = Aucun e-mail de notification

## Notification mails: subject (city · item: what changed), details, why the person gets it
mail-subject-update = { $city } · { $item } : nouvelle mise à jour ({ $status }, { $percent } %)
mail-subject-reply = { $city } · { $item } : une réponse à votre commentaire
mail-subject-official = { $city } · { $item } : réponse officielle de { $department }
mail-subject-challenge-opened = { $city } · { $item } : { $organisation } conteste le statut officiel
mail-subject-challenge-upheld = { $city } · { $item } : contestation acceptée, statut corrigé
mail-subject-challenge-rejected = { $city } · { $item } : contestation rejetée
mail-subject-value = { $city } · { $indicator } : nouvelle valeur { $value }
mail-update-details = Statut : { $status }. Avancement : { $percent } %.
mail-why-follow = Vous recevez ce message parce que vous suivez { $item } ({ $city }).
mail-why-comment = Vous recevez ce message parce que vous avez commenté { $item } ({ $city }).
mail-why-member = Vous recevez ce message parce que vous êtes membre de { $organisation }.
mail-value-own-line = { $indicator } a une nouvelle valeur : { $value }.
