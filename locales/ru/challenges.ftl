# Formal challenges to official statuses.
challenges-title = Оспаривания официальных статусов
challenges-none = Оспариваний нет.
challenges-intro = Проверенные организации могут официально оспорить статус, который город указывает для обязательства или проекта. Город обязан ответить в установленный им срок.
challenges-filter = Показать оспаривания
challenges-open-title = Открытые оспаривания
challenge-new = Оспорить официальный статус
challenge-state-open = Открыто
challenge-state-overdue = Просрочено
challenge-state-upheld = Удовлетворено
challenge-state-rejected = Отклонено
challenge-official = Официальный статус
challenge-claimed = Заявленный статус
challenge-opened = Открыто { $date }
challenge-due = Ответ ожидается до { $date }
challenge-answer = Ответ города
challenge-correction = Статус исправлен обновлением № { $id }
challenge-new-title = Оспорить статус { $item }
challenge-new-intro = Укажите, какой статус вы считаете верным, и дайте хотя бы одну ссылку на подтверждающий материал. Город отвечает в течение { $days ->
        [one] { $days } дня
       *[other] { $days } дней
    }; ваша организация и все, кто следит за записью, получат уведомление.
challenge-evidence-hint = Хотя бы одна ссылка (отчёт, фото, данные), показывающая, что статус неверен.
challenge-submit = Открыть оспаривание
challenge-answer-title = Ответить на оспаривание по { $item }
challenge-answer-submit = Опубликовать ответ
challenge-answer-link = Ответить
hint-correcting-seq = Удовлетворено: номер обновления, которым исправлен статус, например 52.
field-claimed_status = Заявляемый статус
field-challenge_body = Что не так с официальным статусом
field-decision = Решение
field-answer_body = Ответ (публичный)
field-correcting_seq = Исправляющее обновление
form-challenge-same-status = Укажите статус, отличный от официального.
form-challenge-evidence = Дайте хотя бы одну ссылку на подтверждающий материал.
form-challenge-open = У вашей организации уже есть открытое оспаривание по этой записи.
form-challenge-answered = На это оспаривание уже дан ответ.
form-challenge-correction = Укажите номер обновления этой записи, опубликованного после оспаривания.
mail-challenge-opened-line = { $organisation } оспаривает официальный статус { $item }.
mail-challenge-upheld-line = Город удовлетворил оспаривание { $organisation } по { $item } и исправил статус.
mail-challenge-rejected-line = Город отклонил оспаривание { $organisation } по { $item } и объяснил причины.
audit-challenge-upheld = Оспаривание удовлетворено
audit-challenge-rejected = Оспаривание отклонено
report-challenges-opened = Открыто оспариваний
report-challenges-answered = Отвечено оспариваний
report-challenges-median = Медиана дней до ответа
report-challenges-departments = Ответы по отделам
