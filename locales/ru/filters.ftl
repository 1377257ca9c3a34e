# Checked filters of search, reports and the API.
form-invalid-query = Не удалось прочитать этот адрес. Начните новый поиск.
form-repeated-parameter = Этот фильтр указан больше одного раза. Укажите его один раз.
form-period-reversed = Дата окончания не может быть раньше даты начала.
form-invalid-page = Введите номер страницы от 1 до 50.
error-bad-parameter = У параметра «{ $name }» значение, которое нельзя использовать, или он указан больше одного раза.
field-q = Слова
field-city = Город
field-type = Тип
field-theme = Тематическая область
field-sdg = Цель устойчивого развития
field-lang = Язык
field-from = С
field-to = По
field-page = Страница
field-format = Формат
field-query = Адрес
