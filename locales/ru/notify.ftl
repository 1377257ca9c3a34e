## Notification preference
field-notify_mode = Уведомления по электронной почте
notify-immediate = Отдельное письмо о каждой новости
notify-daily = Одно письмо-сводка в день
notify-none = Без писем-уведомлений

## Notification mails: subject (city · item: what changed), details, why the person gets it
mail-subject-update = { $city } · { $item }: новое обновление ({ $status }, { $percent }%)
mail-subject-reply = { $city } · { $item }: ответ на ваш комментарий
mail-subject-official = { $city } · { $item }: официальный ответ от { $department }
mail-subject-challenge-opened = { $city } · { $item }: { $organisation } оспаривает официальный статус
mail-subject-challenge-upheld = { $city } · { $item }: оспаривание удовлетворено, статус исправлен
mail-subject-challenge-rejected = { $city } · { $item }: оспаривание отклонено
mail-subject-value = { $city } · { $indicator }: новое значение { $value }
mail-update-details = Статус: { $status }. Ход выполнения: { $percent }%.
mail-why-follow = Вы получили это письмо, потому что следите за «{ $item }» ({ $city }).
mail-why-comment = Вы получили это письмо, потому что оставили комментарий к «{ $item }» ({ $city }).
mail-why-member = Вы получили это письмо, потому что состоите в { $organisation }.
mail-value-own-line = Показатель { $indicator } получил новое значение: { $value }.
