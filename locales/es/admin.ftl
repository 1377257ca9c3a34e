## Panel del personal
admin-title = Panel del personal
admin-publishing = Publicación
admin-new-commitment = Nuevo compromiso
admin-new-project = Nuevo proyecto
admin-new-update = Publicar una actualización
admin-edit-commitment = Editar el compromiso { $reference }
admin-edit-project = Editar el proyecto { $reference }
admin-city-administration = Administración de la ciudad
admin-people = Personas y roles
admin-organisations = Organizaciones
admin-audit = Registro de auditoría
admin-moderation = Moderación

admin-edit = Editar
admin-done = Listo. El cambio se ha guardado.
admin-actions = Acciones
admin-people-none = Todavía nadie tiene un rol en esta ciudad.
admin-people-caption = Personas con un rol en esta ciudad
admin-revoke = Quitar el rol
admin-grant = Asignar un rol
admin-grant-submit = Asignar el rol
admin-default-language = idioma principal de la ciudad
admin-translations = Texto en cada idioma
admin-translations-hint = Complete los idiomas que pueda. En los idiomas que queden vacíos se mostrará el idioma principal con un aviso.
admin-details = Detalles
admin-update-hint = Las actualizaciones son públicas y permanentes. Para corregir un error, publique una nueva actualización que indique cuál corrige.
admin-publish = Publicar
admin-organisations-none = Todavía ninguna organización ha solicitado un perfil.
admin-org-verify = Verificar
admin-org-reject = Rechazar
admin-audit-intro = Todas las acciones del personal y de los administradores en esta ciudad: quién, qué y cuándo.
admin-audit-none = Todavía no se ha registrado nada.
admin-audit-when = Cuándo
admin-audit-who = Quién
admin-audit-what = Acción
admin-audit-subject = Objeto
deleted-account = Cuenta eliminada

## Etiquetas de los campos
field-role = Rol
field-title = Título
field-summary = Resumen
field-body = Texto completo
field-text = Texto
field-department = Departamento responsable
field-baseline = Línea de base
field-target = Meta
field-due_date = Fecha límite
field-kpis = Referencias de indicadores clave de desempeño (KPI)
field-themes = Áreas temáticas
field-sdgs = Objetivos de Desarrollo Sostenible
field-budget_planned = Presupuesto previsto
field-budget_spent = Presupuesto gastado
field-currency = Moneda
field-start_date = Fecha de inicio
field-end_date = Fecha de finalización
field-place_name = Lugar
field-lat = Latitud
field-lon = Longitud
field-commitments = Compromisos que cumple este proyecto
field-item = Compromiso o proyecto
field-status = Estado
field-progress = Avance (%)
field-publisher = Publicado por
field-corrects = Corrige la actualización n.º
field-evidence = Pruebas
field-evidence-label = Prueba { $number }: título
field-evidence-url = Prueba { $number }: dirección
field-name = Nombre
field-website = Sitio web
field-description = Descripción

## Indicaciones de los campos
hint-grant-email = La persona ya debe tener una cuenta.
hint-baseline = Cuál era la situación cuando se asumió el compromiso.
hint-target = Qué significa lograrlo, con una cifra si es posible.
hint-date = Año-mes-día, por ejemplo 2027-06-30.
hint-kpis = Una referencia por línea, por ejemplo el nombre de un indicador U4SSC.
hint-currency = Tres letras, por ejemplo USD, EUR o TZS.
hint-lat = En grados decimales, por ejemplo -6.8161. Opcional.
hint-lon = En grados decimales, por ejemplo 39.2894. Opcional.
hint-progress = Un número entero del 0 al 100.
hint-publisher = Normalmente, el departamento responsable.
hint-corrects = Solo si esta actualización corrige otra anterior. En caso contrario, déjelo vacío.
hint-evidence = Documentos, fotos o datos que muestren lo que ocurrió. Cada enlace necesita un título y una dirección.
hint-website = Opcional. Empieza por https://
hint-member-email = La persona ya debe tener una cuenta.

## Errores del formulario
form-no-such-person = No hay ninguna cuenta con esta dirección de correo electrónico.
form-invalid-website = Introduzca una dirección que empiece por https:// o http://.

## Organizaciones
org-request-title = Solicitar un perfil de organización
org-request-intro = Las organizaciones de la sociedad civil pueden comentar en nombre de la organización y publicar evaluaciones independientes una vez que la ciudad las haya verificado.
org-request-submit = Enviar la solicitud
org-requested = Se ha enviado su solicitud. Un administrador de la ciudad verificará la organización.
org-members = Miembros
org-admin = administrador de la organización
org-add-member = Añadir un miembro
org-add-member-submit = Añadir al miembro
org-member-added = Se ha añadido al miembro.
org-status-pending = Pendiente de verificación
org-status-verified = Verificada
org-status-rejected = No verificada
city-org-request = ¿Es usted una organización de la sociedad civil? Solicite un perfil
