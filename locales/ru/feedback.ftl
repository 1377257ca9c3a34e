## Комментарии
comments-title = { $count ->
    [one] { $count } комментарий
    [few] { $count } комментария
    [many] { $count } комментариев
   *[other] { $count } комментария
}
comments-none = Комментариев пока нет. Выскажитесь первыми.
comments-order = Порядок
comments-newest = Сначала новые
comments-oldest = Сначала старые
comment-add = Добавить комментарий
comment-reply-to = Ответить: { $name }
comment-cancel-reply = Отменить ответ и написать новый комментарий
comment-login = Войдите или создайте учётную запись, чтобы оставить комментарий.
comment-body-label = Ваш комментарий
comment-body-hint = Обычный текст, не более 5 000 символов. Ссылки разрешены.
comment-char-count = { $count ->
    [one] Вы написали { $count } символ.
    [few] Вы написали { $count } символа.
    [many] Вы написали { $count } символов.
   *[other] Вы написали { $count } символа.
}
comment-as-myself = От своего имени
comment-submit = Опубликовать комментарий
comment-posted = Спасибо. Ваш комментарий опубликован.
comment-held = Спасибо. Ваш комментарий появится после проверки модератором.
comment-official = Официальный ответ
comment-official-check = Опубликовать этот ответ как официальный ответ города
comment-anonymous = Аноним
comment-for-organisation = от имени организации { $organisation }
comment-edited = изменено
comment-hidden = Скрыто модераторами: { $reason }
comment-awaiting = { $days ->
    [0] Ожидает ответа города с сегодняшнего дня
    [one] Ожидает ответа города уже { $days } день
    [few] Ожидает ответа города уже { $days } дня
    [many] Ожидает ответа города уже { $days } дней
   *[other] Ожидает ответа города уже { $days } дня
}
comment-reply = Ответить
comment-edit = Изменить
comment-edit-title = Изменение комментария
comment-edit-hint = Исправить комментарий можно в течение 15 минут после публикации. Он будет помечен как изменённый.
comment-flag = Пожаловаться на комментарий
comment-flag-submit = Отправить жалобу
flag-thanks-title = Спасибо за жалобу
flag-thanks-body = Модератор проверит комментарий. Если он нарушает правила, его скроют и публично укажут причину.
flag-back = Вернуться к комментариям
form-cancel = Отмена
pagination = Страницы комментариев
pagination-prev = Предыдущая страница
pagination-next = Следующая страница
pagination-status = Страница { $page } из { $pages }

## Позиции, каналы, причины, оценки
stance-none = Без определённой позиции
stance-support = Поддержка
stance-concern = Опасение
stance-suggestion = Предложение
stance-question = Вопрос
channel-web = Сайт
channel-in_person = Лично
channel-paper = На бумаге
channel-phone = По телефону
channel-email = По электронной почте
reason-spam = спам
reason-abusive = оскорбительные выражения
reason-personal_data = персональные данные
reason-off_topic = не по теме
reason-illegal = незаконный контент
rating-on_track = По плану
rating-behind = С отставанием
rating-off_track = Отклоняется от плана
rating-unclear = Неясно

## Названия полей
field-stance = Позиция (необязательно)
field-language = Язык комментария
field-organisation_id = От чьего имени
field-parent_id = Ответ на
field-official = Официальный ответ
field-reason = Причина
field-note = Примечание для модераторов (необязательно)
field-channel = Как был получен отзыв
field-date = Дата получения
field-organisation = Организация (необязательно)
field-consent = Человек согласился на публикацию своего отзыва
field-rating = Заключение
field-assessment_body = Ваша оценка
field-opens = Начало
field-closes = Окончание
field-about = Предмет
field-item_kind = Тип записи
hint-datetime = Местное время города, например 2027-03-01 09:00.
hint-offline-name = Необязательно. Оставьте пустым, чтобы опубликовать анонимно.

## Ошибки в формах
form-comment-empty = Напишите что-нибудь перед публикацией.
form-comment-too-long = Комментарий может содержать не более 5 000 символов.
form-comment-control = Текст содержит символы, которые невозможно отобразить.
form-verify-first = Сначала подтвердите адрес электронной почты: откройте ссылку, которую мы вам отправили.
form-consultation-closed = Сейчас в этом обсуждении нельзя оставлять комментарии.
form-invalid-parent = Ответить можно только на видимый комментарий на этой странице.
form-invalid-organisation = Выступать можно только от имени проверенной организации, в которой вы состоите.
form-official-needs-parent = Официальный ответ должен быть ответом на комментарий.
form-edit-window-over = 15 минут на исправление истекли.
form-consent-required = Отзыв можно опубликовать только с согласия человека.
form-date-in-future = Дата не может быть в будущем.
form-invalid-datetime = Введите дату и время, например 2027-03-01 09:00.
form-closes-before-opens = Время окончания должно быть позже времени начала.

## Подписки и уведомления
follow-start = Следить: получать письмо, когда появятся новости
follow-stop = Перестать следить
unsubscribe-title = Отключить уведомления
unsubscribe-intro = Нажмите кнопку, чтобы больше не получать письма-уведомления от townhall. Снова следить за записями можно в любой момент.
unsubscribe-submit = Отключить все уведомления
unsubscribe-done-title = Уведомления отключены
unsubscribe-done-body = Вы больше не будете получать письма-уведомления.
unsubscribe-bad-title = Эта ссылка не работает
unsubscribe-bad-body = Ссылка недействительна. Уведомления также можно изменить на странице учётной записи.
mail-open = Открыть страницу
mail-notification-why = Вы получили это письмо, потому что следите за этой записью или оставили к ней комментарий.
mail-unsubscribe = Больше не присылать такие письма
mail-update-line = Опубликовано новое обновление о ходе выполнения: { $item }.
mail-reply-line = На ваш комментарий к «{ $item }» ответили.
mail-official-line = { $department }: официальный ответ на ваш комментарий к «{ $item }».
mail-digest-subject = Ваша ежедневная сводка
mail-digest-intro = { $count ->
    [one] Для вас { $count } новость:
    [few] Для вас { $count } новости:
    [many] Для вас { $count } новостей:
   *[other] Для вас { $count } новости:
}

## Оценки
assessments-title = Независимые оценки
assessments-none = Ни одна проверенная организация пока не оценила это обязательство.
assessment-add = Опубликовать оценку от имени вашей организации
assessment-submit = Опубликовать оценку

## Общественные обсуждения
consultations-title = Общественные обсуждения
consultations-intro = Периоды, когда город спрашивает ваше мнение о плане, прежде чем принять решение.
consultations-none = Пока не опубликовано ни одного общественного обсуждения.
consultation-reference = Обсуждение { $id }
consultation-dates = С { $opens } по { $closes } (местное время)
consultation-about = Предмет:
consultation-about-none = Ничего конкретного
consultation-participation = Участие на данный момент
participation-comments = комментарии
participation-people = участники
participation-organisations = организации
consultation-questions = Вопросы, которые помогут написать комментарий
consultation-outcome = Итоги
consultation-outcome-pending = Город ещё не опубликовал, что он услышал и что будет делать.
consultation-heard = Что мы услышали
consultation-actions = Что мы сделаем
consultation-not-open-yet = Это обсуждение ещё не началось. Возвращайтесь, когда оно откроется.
consultation-closed-no-comments = Это обсуждение завершено, комментарии больше не принимаются.
consultation-form-hint = Пишите по одному наводящему вопросу в строке. Заполните итоги после завершения обсуждения.
phase-upcoming = Скоро
phase-open = Идёт
phase-closed = Завершено

## Очереди для сотрудников
admin-new-consultation = Новое обсуждение
admin-edit-consultation = Изменить обсуждение
moderation-title = Очередь модерации
moderation-pending = Ожидают одобрения
moderation-pending-none = Нет комментариев, ожидающих одобрения.
moderation-flagged = Комментарии с жалобами
moderation-flagged-none = Жалоб на комментарии нет.
moderation-flag-count = { $count ->
    [one] { $count } жалоба
    [few] { $count } жалобы
    [many] { $count } жалоб
   *[other] { $count } жалобы
}
moderation-approve = Одобрить
moderation-hide = Скрыть
moderation-restore = Восстановить
moderation-dismiss = Оставить и закрыть жалобы
moderation-is-hidden = скрыт
awaiting-title = Ожидают ответа
awaiting-intro = Комментарии жителей, на которые ещё нет официального ответа. Сначала самые старые, чтобы ничего не забыть.
awaiting-count = { $count ->
    [one] { $count } комментарий ожидает ответа.
    [few] { $count } комментария ожидают ответа.
    [many] { $count } комментариев ожидают ответа.
   *[other] { $count } комментария ожидают ответа.
}
awaiting-waited = Ожидает
awaiting-days = { $days ->
    [one] { $days } день
    [few] { $days } дня
    [many] { $days } дней
   *[other] { $days } дня
}
awaiting-comment = Комментарий
offline-title = Ввод отзывов, полученных не через сайт
offline-intro = Отзывы, полученные лично, на бумаге, по телефону или по электронной почте, так же важны, как отзывы на сайте. Введите отзыв здесь с согласия человека.
offline-submit = Опубликовать отзыв
offline-done = Отзыв опубликован.
