## Панель сотрудников
admin-title = Панель сотрудников
admin-publishing = Публикация
admin-new-commitment = Новое обязательство
admin-new-project = Новый проект
admin-new-update = Опубликовать обновление
admin-edit-commitment = Изменить обязательство { $reference }
admin-edit-project = Изменить проект { $reference }
admin-city-administration = Администрирование города
admin-people = Люди и роли
admin-organisations = Организации
admin-audit = Журнал аудита
admin-moderation = Модерация

admin-edit = Изменить
admin-done = Готово. Изменение сохранено.
admin-actions = Действия
admin-people-none = Пока ни у кого нет роли в этом городе.
admin-people-caption = Люди, у которых есть роль в этом городе
admin-revoke = Снять роль
admin-grant = Назначение роли
admin-grant-submit = Назначить роль
admin-default-language = основной язык города
admin-translations = Текст на каждом языке
admin-translations-hint = Заполните те языки, на которых можете. Если язык оставлен пустым, текст показывается на основном языке с пометкой об этом.
admin-details = Подробности
admin-update-hint = Обновления публикуются открыто и навсегда. Чтобы исправить ошибку, опубликуйте новое обновление и укажите, какое обновление оно исправляет.
admin-publish = Опубликовать
admin-organisations-none = Пока ни одна организация не запросила профиль.
admin-org-verify = Подтвердить
admin-org-reject = Отклонить
admin-audit-intro = Все действия сотрудников и администраторов в этом городе: кто, что и когда сделал.
admin-audit-none = Пока ничего не записано.
admin-audit-when = Когда
admin-audit-who = Кто
admin-audit-what = Действие
admin-audit-subject = Объект
deleted-account = Удалённая учётная запись

## Подписи полей
field-role = Роль
field-title = Название
field-summary = Краткое описание
field-body = Полный текст
field-text = Текст
field-department = Ответственное подразделение
field-baseline = Исходный уровень
field-target = Целевое значение
field-due_date = Срок выполнения
field-kpis = Коды ключевых показателей эффективности (KPI)
field-themes = Тематические области
field-sdgs = Цели в области устойчивого развития
field-budget_planned = Запланированный бюджет
field-budget_spent = Израсходовано из бюджета
field-currency = Валюта
field-start_date = Дата начала
field-end_date = Дата окончания
field-place_name = Место
field-lat = Широта
field-lon = Долгота
field-commitments = Обязательства, которые выполняет этот проект
field-item = Обязательство или проект
field-status = Статус
field-progress = Ход выполнения (%)
field-publisher = Автор публикации
field-corrects = Номер исправляемого обновления
field-evidence = Подтверждающие материалы
field-evidence-label = Материал { $number }: подпись
field-evidence-url = Материал { $number }: адрес
field-name = Имя или название
field-website = Веб-сайт
field-description = Описание

## Подсказки к полям
hint-grant-email = У человека уже должна быть учётная запись.
hint-baseline = Каким было положение дел, когда было принято обязательство.
hint-target = Что будет считаться успехом, по возможности в цифрах.
hint-date = Год-месяц-день, например 2027-06-30.
hint-kpis = По одному коду на строку, например название показателя U4SSC.
hint-currency = Три буквы, например USD, EUR или TZS.
hint-lat = В десятичных градусах, например -6.8161. Необязательно.
hint-lon = В десятичных градусах, например 39.2894. Необязательно.
hint-progress = Целое число от 0 до 100.
hint-publisher = Обычно это ответственное подразделение.
hint-corrects = Только если это обновление исправляет одно из предыдущих. В остальных случаях оставьте поле пустым.
hint-evidence = Документы, фотографии или данные, которые показывают, что произошло. Для каждой ссылки нужны подпись и адрес.
hint-website = Необязательно. Начинается с https://
hint-member-email = У человека уже должна быть учётная запись.

## Ошибки в форме
form-no-such-person = Нет учётной записи с таким адресом электронной почты.
form-invalid-website = Введите адрес, который начинается с https:// или http://.

## Организации
org-request-title = Запросить профиль организации
org-request-intro = После подтверждения городом организации гражданского общества могут оставлять комментарии от имени организации и публиковать независимые оценки.
org-request-submit = Отправить запрос
org-requested = Ваш запрос отправлен. Администратор города проверит организацию.
org-members = Участники
org-admin = администратор организации
org-add-member = Добавить участника
org-add-member-submit = Добавить участника
org-member-added = Участник добавлен.
org-status-pending = Ожидает подтверждения
org-status-verified = Подтверждена
org-status-rejected = Не подтверждена
city-org-request = Вы представляете организацию гражданского общества? Запросите профиль
