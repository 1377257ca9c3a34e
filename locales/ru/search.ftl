## Поиск
search-title = Поиск
search-words = Что искать
search-hint = Заключите точную фразу в "кавычки", а перед словом, которое нужно исключить, поставьте минус: автобус -такси
search-type = Тип
search-city = Город
search-language = Язык
search-from = Начальная дата
search-to = Конечная дата
search-submit = Найти
search-relaxed = В вашем запросе были символы, которые мы не смогли распознать, поэтому поиск выполнен по отдельным словам.
search-count = { $count ->
    [one] { $count } результат
    [few] { $count } результата
    [many] { $count } результатов
   *[other] { $count } результата
}
search-refine = Уточнить результаты
search-pages = Страницы результатов
search-none-title = Ничего не найдено
search-none-spelling = Проверьте написание или попробуйте другой язык.
search-none-fewer = Используйте меньше слов или более общие слова.
search-none-filters = Уберите некоторые фильтры.
kind-comment = Комментарий
kind-commitment = Обязательство
kind-project = Проект
kind-update = Обновление
kind-consultation = Общественное обсуждение
kind-challenge = Оспаривание
kind-value = Значение показателя
search-as-report = Составить отчёт о прозрачности по этому поиску
search-active-filters = Применённые фильтры (выберите, чтобы убрать)
search-remove-filter = Убрать фильтр «{ $filter }»: { $value }
kind-answer = Ответ на анкету
