## Элементы сайта
site-name = townhall
site-tagline = Обязательства, ход выполнения и отзывы жителей
skip-to-content = Перейти к основному содержанию
nav-main = Основная навигация
nav-cities = Города
nav-search = Поиск
nav-account = Учётная запись
nav-login = Войти
nav-register = Создать учётную запись
nav-logout = Выйти
lang-switcher = Язык
lang-switcher-current = { $language } (текущий язык)
footer-about = townhall — программное обеспечение с открытым исходным кодом для умных городов, ориентированных на людей. Все материалы на этом сайте являются открытыми данными.
footer-api = API открытых данных
breadcrumb = Навигационная цепочка

## Названия языков на самих этих языках
lang-en = English
lang-fr = Français
lang-es = Español
lang-ar = العربية
lang-zh = 中文
lang-ru = Русский
lang-sw = Kiswahili

## Главная страница
home-title = Города в townhall
home-intro = Выберите город, чтобы узнать, что он обещал, чего уже удалось добиться и что о нём говорят жители.
home-no-cities = Пока ни один город не опубликован.
home-city-commitments = { $count ->
    [one] { $count } обязательство
    [few] { $count } обязательства
    [many] { $count } обязательств
   *[other] { $count } обязательства
}

## Обзор города
city-overview = Обзор
city-commitments-by-status = Обязательства по статусу
city-latest-updates = Последние обновления
city-open-consultations = Открытые общественные обсуждения
city-no-consultations = Сейчас нет открытых общественных обсуждений.
city-no-updates = Пока не опубликовано ни одного обновления.
city-all-commitments = Все обязательства
city-all-projects = Все проекты
city-nav = Разделы города
city-overdue = Просроченные обязательства ({ $count })
city-no-overdue = Ни одно обязательство не просрочено.
city-due-next = Ближайшие сроки
city-nothing-due = Ближайших сроков нет.
city-all-updates = Все обновления

## Статусы
status-not_started = Не начато
status-in_progress = Выполняется
status-delayed = Задерживается
status-completed = Выполнено
status-cancelled = Отменено

## Тематические области
theme-inclusion-equity-human-rights = Инклюзивность, равенство и права человека
theme-community-participation = Участие жителей
theme-digital-literacy = Цифровая грамотность
theme-shared-prosperity = Общее процветание
theme-environmental-sustainability = Экологическая устойчивость
theme-digital-governance-regulations = Цифровое управление и регулирование
theme-digital-infrastructure-city-services = Цифровая инфраструктура и городские услуги

## Цели в области устойчивого развития
sdg-label = ЦУР { $number }
sdg-1 = Ликвидация нищеты
sdg-2 = Ликвидация голода
sdg-3 = Хорошее здоровье и благополучие
sdg-4 = Качественное образование
sdg-5 = Гендерное равенство
sdg-6 = Чистая вода и санитария
sdg-7 = Недорогостоящая и чистая энергия
sdg-8 = Достойная работа и экономический рост
sdg-9 = Индустриализация, инновации и инфраструктура
sdg-10 = Уменьшение неравенства
sdg-11 = Устойчивые города и населённые пункты
sdg-12 = Ответственное потребление и производство
sdg-13 = Борьба с изменением климата
sdg-14 = Сохранение морских экосистем
sdg-15 = Сохранение экосистем суши
sdg-16 = Мир, правосудие и эффективные институты
sdg-17 = Партнёрство в интересах устойчивого развития

## Обязательства
commitments-title = Обязательства
commitments-intro = Что пообещал город { $city } и как обстоят дела с каждым обещанием сегодня.
commitments-filter = Фильтр обязательств
filter-status = Статус
filter-theme = Тематическая область
filter-stance = Позиция
filter-sdg = Цель в области устойчивого развития
filter-any = Все
filter-apply = Применить фильтры
filter-clear = Сбросить фильтры
commitments-count = { $count ->
    [one] Показано { $count } обязательство
    [few] Показано { $count } обязательства
    [many] Показано { $count } обязательств
   *[other] Показано { $count } обязательства
}
commitments-none = Нет обязательств, соответствующих этим фильтрам.
commitment-reference = Номер
commitment-status = Статус
commitment-progress = Ход выполнения
progress-text = Выполнено на { $percent }%
commitment-due = Срок выполнения
commitment-overdue = Просрочено
commitment-department = Ответственный отдел
commitment-baseline = Исходный уровень
commitment-target = Целевое значение
commitment-themes = Тематические области
commitment-sdgs = Цели в области устойчивого развития
commitment-kpis = Коды ключевых показателей эффективности
commitment-projects = Проекты, реализующие это обязательство
commitment-no-projects = С этим обязательством пока не связан ни один проект.
commitment-feed = Atom-лента обновлений
feed-updates = Atom-лента: обновления и официальные ответы
feed-consultation = Atom-лента: официальные ответы и итоги

## Обновления и публичный реестр
timeline-title = Хронология обновлений
timeline-none = Пока не опубликовано ни одного обновления.
update-published = Опубликовано { $date }, автор публикации: { $publisher }
update-status-change = Статус: { $status }, выполнено на { $percent }%
update-evidence = Подтверждающие материалы
update-corrects = Это обновление исправляет обновление № { $id }.
update-hash = Хеш в реестре
update-prev-hash = Предыдущий хеш
update-proof = Подтверждающие материалы и хеш в реестре
ledger-explainer = Обновления никогда не редактируются и не удаляются. Каждое из них хранит хеш SHA-256 самого себя и предыдущего обновления, поэтому любой может проверить, что история не была переписана.

## Проекты
projects-title = Проекты
projects-intro = Как город { $city } выполняет свои обязательства.
projects-none = Пока не опубликовано ни одного проекта.
project-budget = Бюджет
project-budget-planned = Запланировано
project-budget-spent = Израсходовано
project-budget-share = Израсходовано { $percent }% запланированного бюджета
project-dates = Сроки
project-start = Начало
project-end = Окончание
project-place = Место
project-linked-commitments = Обязательства, которые выполняет проект
project-no-commitments = Этот проект не связан ни с одним обязательством.
project-reference = Проект { $id }

## Резервный язык
fallback-notice = Пока недоступно на вашем языке; показано на языке: { $language }.

## Ошибки
error-not-found-title = Страница не найдена
error-not-found-body = Мы не смогли найти эту страницу. Возможно, она была перемещена или адрес введён с ошибкой.
error-city-not-found = Здесь нет города под названием «{ $city }».
error-commitment-not-found = У города { $city } нет обязательства с номером «{ $reference }».
error-project-not-found = У города { $city } нет проекта с таким номером.
error-go-home = Посмотреть все города
error-go-city = Перейти к обзору города { $city }
error-server-title = Что-то пошло не так
error-server-body = Не удалось выполнить ваш запрос. Ничего не изменилось. Пожалуйста, попробуйте ещё раз чуть позже.
error-bad-request-title = Не удалось обработать запрос
error-bad-request-body = Часть отправленных данных недействительна. Пожалуйста, вернитесь назад и проверьте их.
error-forbidden-title = Действие запрещено
error-forbidden-body = У вас нет прав на это действие.
error-csrf-body = Срок действия этой формы истёк, или она была отправлена с другого сайта. Пожалуйста, вернитесь назад, перезагрузите страницу и попробуйте ещё раз.
error-too-many-title = Слишком много попыток
error-too-many-body = Пожалуйста, подождите минуту, прежде чем пробовать снова.
error-too-large-body = Отправленные данные слишком велики. Пожалуйста, сократите их и попробуйте снова.
