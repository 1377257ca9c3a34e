## Notification preference
field-notify_mode = Notificaciones por correo
notify-immediate = Un correo por cada novedad
notify-daily = Un correo de resumen al día
notify-none = Ningún correo de notificación

## Notification mails: subject (city · item: what changed), details, why the person gets it
mail-subject-update = { $city } · { $item }: nueva actualización ({ $status }, { $percent } %)
mail-subject-reply = { $city } · { $item }: una respuesta a su comentario
mail-subject-official = { $city } · { $item }: respuesta oficial de { $department }
mail-subject-challenge-opened = { $city } · { $item }: { $organisation } impugna el estado oficial
mail-subject-challenge-upheld = { $city } · { $item }: impugnación aceptada, estado corregido
mail-subject-challenge-rejected = { $city } · { $item }: impugnación rechazada
mail-subject-value = { $city } · { $indicator }: nuevo valor { $value }
mail-update-details = Estado: { $status }. Avance: { $percent } %.
mail-why-follow = Recibe este mensaje porque sigue { $item } ({ $city }).
mail-why-comment = Recibe este mensaje porque escribió un comentario sobre { $item } ({ $city }).
mail-why-member = Recibe este mensaje porque es miembro de { $organisation }.
mail-value-own-line = { $indicator } tiene un nuevo valor: { $value }.
