## Estructura del sitio
site-name = townhall
site-tagline = Compromisos, avances y opiniones de la ciudadanía
skip-to-content = Saltar al contenido principal
nav-main = Navegación principal
nav-cities = Ciudades
nav-search = Buscar
nav-account = Cuenta
nav-login = Iniciar sesión
nav-register = Crear una cuenta
nav-logout = Cerrar sesión
lang-switcher = Idioma
lang-switcher-current = { $language } (idioma actual)
footer-about = townhall es software de código abierto para ciudades inteligentes centradas en las personas. Todo el contenido de este sitio se publica como datos abiertos.
footer-api = API de datos abiertos
breadcrumb = Ruta de navegación

## Nombres de los idiomas, escritos en su propio idioma
lang-en = English
lang-fr = Français
lang-es = Español
lang-ar = العربية
lang-zh = 中文
lang-ru = Русский
lang-sw = Kiswahili

## Inicio
home-title = Ciudades en townhall
home-intro = Elija una ciudad para ver qué prometió, cuánto ha avanzado y qué opinan sus habitantes.
home-no-cities = Todavía no se ha publicado ninguna ciudad.
home-city-commitments = { $count ->
    [one] { $count } compromiso
   *[other] { $count } compromisos
}

## Resumen de la ciudad
city-overview = Resumen
city-commitments-by-status = Compromisos por estado
city-latest-updates = Últimas actualizaciones
city-open-consultations = Consultas abiertas
city-no-consultations = En este momento no hay ninguna consulta abierta.
city-no-updates = Todavía no se ha publicado ninguna actualización.
city-all-commitments = Todos los compromisos
city-all-projects = Todos los proyectos
city-nav = Secciones de la ciudad
city-overdue = Compromisos atrasados ({ $count })
city-no-overdue = Ningún compromiso ha superado su fecha límite.
city-due-next = Próximas fechas límite
city-nothing-due = No hay fechas límite próximas.
city-all-updates = Todas las actualizaciones

## Estados
status-not_started = Sin iniciar
status-in_progress = En curso
status-delayed = Retrasado
status-completed = Completado
status-cancelled = Cancelado

## Áreas temáticas
theme-inclusion-equity-human-rights = Inclusión, equidad y derechos humanos
theme-community-participation = Participación comunitaria
theme-digital-literacy = Alfabetización digital
theme-shared-prosperity = Prosperidad compartida
theme-environmental-sustainability = Sostenibilidad ambiental
theme-digital-governance-regulations = Gobernanza y regulación digitales
theme-digital-infrastructure-city-services = Infraestructura digital y servicios urbanos

## Objetivos de Desarrollo Sostenible
sdg-label = ODS { $number }
sdg-1 = Fin de la pobreza
sdg-2 = Hambre cero
sdg-3 = Salud y bienestar
sdg-4 = Educación de calidad
sdg-5 = Igualdad de género
sdg-6 = Agua limpia y saneamiento
sdg-7 = Energía asequible y no contaminante
sdg-8 = Trabajo decente y crecimiento económico
sdg-9 = Industria, innovación e infraestructura
sdg-10 = Reducción de las desigualdades
sdg-11 = Ciudades y comunidades sostenibles
sdg-12 = Producción y consumo responsables
sdg-13 = Acción por el clima
sdg-14 = Vida submarina
sdg-15 = Vida de ecosistemas terrestres
sdg-16 = Paz, justicia e instituciones sólidas
sdg-17 = Alianzas para lograr los objetivos

## Compromisos
commitments-title = Compromisos
commitments-intro = Lo que { $city } ha prometido y en qué punto está hoy cada promesa.
commitments-filter = Filtrar compromisos
filter-status = Estado
filter-theme = Área temática
filter-stance = Postura
filter-sdg = Objetivo de Desarrollo Sostenible
filter-any = Cualquiera
filter-apply = Aplicar filtros
filter-clear = Borrar filtros
commitments-count = { $count ->
    [one] Se muestra { $count } compromiso
   *[other] Se muestran { $count } compromisos
}
commitments-none = Ningún compromiso coincide con estos filtros.
commitment-reference = Referencia
commitment-status = Estado
commitment-progress = Avance
progress-text = { $percent } % completado
commitment-due = Fecha límite
commitment-overdue = Plazo vencido
commitment-department = Departamento responsable
commitment-baseline = Línea de base
commitment-target = Meta
commitment-themes = Áreas temáticas
commitment-sdgs = Objetivos de Desarrollo Sostenible
commitment-kpis = Referencias de indicadores clave de desempeño (KPI)
commitment-projects = Proyectos que hacen realidad este compromiso
commitment-no-projects = Todavía no hay ningún proyecto vinculado a este compromiso.
commitment-feed = Canal Atom de actualizaciones
feed-updates = Canal Atom de actualizaciones y respuestas oficiales
feed-consultation = Canal Atom de respuestas oficiales y del resultado

## Actualizaciones y registro público
timeline-title = Cronología de actualizaciones
timeline-none = Todavía no se ha publicado ninguna actualización.
update-published = Publicado el { $date } por { $publisher }
update-status-change = Estado: { $status }, avance del { $percent } %
update-evidence = Pruebas
update-corrects = Esta actualización corrige la actualización n.º { $id }.
update-hash = Hash del registro
update-prev-hash = Hash anterior
update-proof = Pruebas y hash del registro
ledger-explainer = Las actualizaciones nunca se editan ni se eliminan. Cada una guarda un hash SHA-256 de sí misma y de la actualización anterior, para que cualquier persona pueda comprobar que el historial no se ha reescrito.

## Proyectos
projects-title = Proyectos
projects-intro = Cómo cumple { $city } sus compromisos.
projects-none = Todavía no se ha publicado ningún proyecto.
project-budget = Presupuesto
project-budget-planned = Previsto
project-budget-spent = Gastado
project-budget-share = Se ha gastado el { $percent } % del presupuesto previsto
project-dates = Fechas
project-start = Inicio
project-end = Fin
project-place = Lugar
project-linked-commitments = Compromisos que cumple este proyecto
project-no-commitments = Este proyecto no está vinculado a ningún compromiso.
project-reference = Proyecto { $id }

## Idioma alternativo
fallback-notice = Todavía no está disponible en su idioma; se muestra en este idioma: { $language }.

## Errores
error-not-found-title = Página no encontrada
error-not-found-body = No pudimos encontrar esta página. Puede que se haya movido o que la dirección esté mal escrita.
error-city-not-found = Aquí no hay ninguna ciudad llamada «{ $city }».
error-commitment-not-found = { $city } no tiene ningún compromiso con la referencia «{ $reference }».
error-project-not-found = { $city } no tiene ningún proyecto con este número.
error-go-home = Ver todas las ciudades
error-go-city = Ir al resumen de { $city }
error-server-title = Algo salió mal
error-server-body = No pudimos completar su solicitud. No se ha modificado nada. Vuelva a intentarlo dentro de un momento.
error-bad-request-title = No se pudo entender esta solicitud
error-bad-request-body = Parte de la información enviada no era válida. Vuelva atrás y revísela.
error-forbidden-title = Acción no permitida
error-forbidden-body = No tiene permiso para hacer esto.
error-csrf-body = Este formulario ha caducado o se envió desde otro sitio. Vuelva atrás, recargue la página e inténtelo de nuevo.
error-too-many-title = Demasiados intentos
error-too-many-body = Espere un minuto antes de volver a intentarlo.
error-too-large-body = Lo que ha enviado es demasiado grande. Acórtelo y vuelva a intentarlo.
