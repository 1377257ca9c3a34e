# Importing commitments and projects from CSV.
import-title = Импорт из таблицы
import-intro = Загрузите CSV-файл с обязательствами или проектами. Сначала проверяется каждая строка: если в одной есть ошибка, ничего не сохраняется, а каждая ошибка указывается со строкой и столбцом.
import-problems = { $count ->
    [one] { $count } ошибка: ничего не импортировано
    [few] { $count } ошибки: ничего не импортировано
   *[other] { $count } ошибок: ничего не импортировано
}
import-line = Строка
import-column = Столбец
import-problem = Ошибка
import-kind = Что в файле
import-file = CSV-файл
import-hint = UTF-8, со строкой заголовков: title_en, title_ru, … department, due_date, themes, sdgs (списки через ;). В README перечислены все столбцы.
import-submit = Проверить и импортировать
import-not-utf8 = Файл не в кодировке UTF-8. Сохраните его как «CSV UTF-8» и попробуйте снова.
import-unreadable = Файл не удалось прочитать как CSV.
import-unknown-column = Этот столбец неизвестен. Сверьте написание со списком столбцов.
import-missing-title = Нужен столбец с названием (например title_ru).
import-bad-row = В этой строке не столько столбцов, сколько в заголовке.
import-empty = В файле нет строк для импорта.
