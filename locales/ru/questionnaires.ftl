## Анкеты в общественных обсуждениях: ответы, результаты, страницы для сотрудников.

questionnaire-title = Анкета
questionnaire-respondents = { $count ->
    [one] На данный момент { $count } респондент
    [few] На данный момент { $count } респондента
    [many] На данный момент { $count } респондентов
   *[other] На данный момент { $count } респондента
}
questionnaire-see-results = Посмотреть результаты
questionnaire-submit = Отправить ответы
questionnaire-change = Изменить ответы
questionnaire-saved = Спасибо: ваши ответы сохранены. Их можно изменить до завершения обсуждения.
questionnaire-answered = Вы уже заполнили эту анкету. Ваши ответы приведены ниже; их можно изменить до завершения обсуждения.
questionnaire-login = Войдите, чтобы ответить на анкету
questionnaire-not-open = Анкета откроется вместе с обсуждением.
questionnaire-closed = Обсуждение завершено: анкета больше не принимает ответы.
question-number = Вопрос { $number }
question-required = обязательный
question-scale-hint = Выберите от 1 (самая низкая оценка) до 5 (самая высокая).
question-multiple-hint = Выберите все подходящие ответы.

answer-required = Ответьте на этот вопрос: он обязательный.
answer-one-only = Дайте на этот вопрос один ответ.
answer-invalid-option = Выберите один из предложенных ответов.
answer-too-long = Ответ должен быть короче 2 000 символов.
answer-unknown-question = В форме указан пункт, которого нет в этой анкете: обновите страницу и попробуйте ещё раз.
answer-empty = Ответьте хотя бы на один вопрос.
answer-closed = Это обсуждение сейчас не идёт: ответы принимаются, только пока оно открыто.
answer-not-open = Это обсуждение ещё не началось.
answer-invalid-channel = Укажите, как были даны ответы: лично, на бумаге, по телефону или по электронной почте.
answer-invalid-copies = Число одинаковых бланков должно быть целым числом от 1 до 500.
answer-invalid-language = Выберите язык ответов.

results-title = Результаты: { $title }
results-heading = Результаты анкеты
results-not-yet = Результаты будут опубликованы после завершения обсуждения ({ $closes }).
results-respondents = Респонденты
results-respondents-total = — общее число респондентов
results-live = Обсуждение ещё идёт: результаты меняются по мере поступления ответов.
results-csv = Скачать результаты (CSV)
results-json = Скачать результаты (JSON)
results-answered = { $count ->
    [one] На этот вопрос ответил { $count } респондент
    [few] На этот вопрос ответили { $count } респондента
    [many] На этот вопрос ответили { $count } респондентов
   *[other] На этот вопрос ответили { $count } респондента
}
results-mean = Среднее:
results-chart-caption = Те же числа приведены в таблице ниже.
results-option = Ответ
results-value = Значение
results-count = Респонденты
results-share = Доля
results-no-text = Письменных ответов пока нет.
answer-hidden = Скрыт модератором: { $reason }
answer-hide = Скрыть этот ответ
answer-hide-reason = Причина
answer-restore = Снова показать этот ответ

questions-title = Анкета: { $title }
questions-heading = Анкета
questions-none = В этом обсуждении пока нет вопросов.
questions-locked = Ответы уже есть: можно исправить формулировки и переводы и изменить порядок, но не тип вопроса, число вариантов ответа или его обязательность.
questions-live-results = Публиковать результаты, пока обсуждение идёт
question-add = Добавить вопрос
question-edit = Изменить
question-edit-title = Изменить вопрос
question-up = Выше
question-down = Ниже
question-delete = Удалить
question-kind-hint = Один ответ, несколько ответов, шкала от 1 до 5 или письменный ответ.
question-kind-single = Один ответ
question-kind-multiple = Несколько ответов
question-kind-scale = Шкала от 1 до 5
question-kind-text = Письменный ответ
question-options-hint = Для вопросов с вариантами ответа пишите по одному ответу в строке, в одном и том же порядке на всех языках.
question-default-language = Сначала напишите вопрос на основном языке города.
question-options-needed = Напишите хотя бы два варианта ответа, по одному в строке.
question-options-mismatch = На каждом языке должно быть одинаковое число ответов в одном и том же порядке.
question-options-too-many = Не больше 20 вариантов ответа.
question-options-unused = У шкал и письменных ответов нет вариантов ответа для выбора: оставьте список пустым.
question-locked = Ответы уже есть: тип вопроса, число вариантов ответа и его обязательность больше нельзя изменить.
question-answers-exist = Ответы уже есть: вопросы больше нельзя добавлять или удалять.
question-too-many = В анкете может быть не больше 50 пунктов.
field-kind = Тип вопроса
field-required = Обязательный
field-prompt = Вопрос
field-options = Варианты ответа
field-copies = Число одинаковых бланков
field-answer_channel = Как были даны ответы
field-answer_language = Язык ответов

offline-answers-link = Ввести ответы, полученные лично, на бумаге или по телефону
offline-answers-title = Ответы, полученные не через сайт: { $title }
offline-answers-heading = Ввод ответов, полученных не через сайт
offline-answers-intro = Перенесите сюда анкету, заполненную лично, на бумаге или по телефону. Если на нескольких бланках в точности одинаковые ответы, введите их один раз и укажите количество бланков. В результатах они учитываются вместе с каналом, по которому поступили.
offline-answers-copies-hint = 1 для одного бланка; не больше 500.
offline-answers-submit = Ввести эти ответы
offline-answers-entered = { $count ->
    [one] Введена { $count } анкета.
    [few] Введено { $count } анкеты.
    [many] Введено { $count } анкет.
   *[other] Введено { $count } анкеты.
}

mail-subject-outcome = { $city } · { $item }: итоги общественного обсуждения
mail-outcome-line = Город опубликовал итоги обсуждения «{ $item }»: что он услышал и что будет делать.
mail-why-participant = Вы получили это письмо, потому что участвовали в обсуждении «{ $item }» ({ $city }).

audit-question-add = Вопрос добавлен
audit-question-edit = Вопрос изменён
audit-question-move = Вопрос перемещён
audit-question-delete = Вопрос удалён
audit-questionnaire-live-results = Публикация текущих результатов включена или выключена
audit-questionnaire-offline = Введены ответы, полученные не через сайт
audit-answer-hide = Ответ скрыт
audit-answer-restore = Ответ снова показан

report-questionnaires = Анкеты
report-written-answers = — число письменных ответов
report-respondents-by-channel = Респонденты по каналам
report-respondents-by-language = Респонденты по языкам
questionnaire-respondents-count = { $count ->
    [one] { $count } респондент
    [few] { $count } респондента
    [many] { $count } респондентов
   *[other] { $count } респондента
}
