## Comentarios
comments-title = { $count ->
    [one] { $count } comentario
   *[other] { $count } comentarios
}
comments-none = Todavía no hay comentarios. Sea la primera persona en opinar.
comments-order = Orden
comments-newest = Más recientes primero
comments-oldest = Más antiguos primero
comment-add = Añada su comentario
comment-reply-to = Responder a { $name }
comment-cancel-reply = Cancelar la respuesta y escribir un comentario nuevo
comment-login = Inicie sesión o cree una cuenta para comentar.
comment-body-label = Su comentario
comment-body-hint = Texto simple, hasta 5000 caracteres. Se permiten enlaces.
comment-char-count = { $count ->
    [one] Ha escrito { $count } carácter.
   *[other] Ha escrito { $count } caracteres.
}
comment-as-myself = En mi propio nombre
comment-submit = Publicar comentario
comment-posted = Gracias. Su comentario se ha publicado.
comment-held = Gracias. Su comentario aparecerá cuando lo haya revisado una persona moderadora.
comment-official = Respuesta oficial
comment-official-check = Publicar esta respuesta como respuesta oficial de la ciudad
comment-anonymous = Anónimo
comment-for-organisation = en nombre de { $organisation }
comment-edited = editado
comment-hidden = Ocultado por la moderación: { $reason }
comment-awaiting = { $days ->
    [0] Esperando una respuesta de la ciudad desde hoy
    [one] Esperando una respuesta de la ciudad desde hace { $days } día
   *[other] Esperando una respuesta de la ciudad desde hace { $days } días
}
comment-reply = Responder
comment-edit = Editar
comment-edit-title = Edite su comentario
comment-edit-hint = Puede corregir un comentario durante 15 minutos después de publicarlo. Se marcará como editado.
comment-flag = Reportar este comentario
comment-flag-submit = Enviar el reporte
flag-thanks-title = Gracias por su reporte
flag-thanks-body = El equipo de moderación revisará el comentario. Si incumple las normas, se ocultará indicando públicamente el motivo.
flag-back = Volver a la conversación
form-cancel = Cancelar
pagination = Páginas de comentarios
pagination-prev = Página anterior
pagination-next = Página siguiente
pagination-status = Página { $page } de { $pages }

## Posturas, canales, motivos, valoraciones
stance-none = Sin postura concreta
stance-support = Apoyo
stance-concern = Preocupación
stance-suggestion = Sugerencia
stance-question = Pregunta
channel-web = Sitio web
channel-in_person = Dicho en persona
channel-paper = En papel
channel-phone = Por teléfono
channel-email = Por correo electrónico
reason-spam = spam
reason-abusive = lenguaje ofensivo
reason-personal_data = datos personales
reason-off_topic = fuera de tema
reason-illegal = contenido ilegal
rating-on_track = Según lo previsto
rating-behind = Con retraso
rating-off_track = Fuera de lo previsto
rating-unclear = Poco claro

## Etiquetas de los campos
field-stance = Postura (opcional)
field-language = Idioma de su comentario
field-organisation_id = Hablar en nombre de
field-parent_id = En respuesta a
field-official = Respuesta oficial
field-reason = Motivo
field-note = Nota para la moderación (opcional)
field-channel = Cómo se dio la opinión
field-date = Fecha en que se dio
field-organisation = Organización (opcional)
field-consent = La persona aceptó que se publique su opinión
field-rating = Valoración
field-assessment_body = Su evaluación
field-opens = Apertura
field-closes = Cierre
field-about = Tema
field-item_kind = Tipo de elemento
hint-datetime = Hora local de la ciudad, por ejemplo 2027-03-01 09:00.
hint-offline-name = Opcional. Déjelo vacío para publicarla de forma anónima.

## Errores del formulario
form-comment-empty = Escriba algo antes de publicar.
form-comment-too-long = Un comentario puede tener como máximo 5000 caracteres.
form-comment-control = El texto contiene caracteres que no se pueden mostrar.
form-verify-first = Primero confirme su dirección de correo electrónico: abra el enlace que le enviamos.
form-consultation-closed = Esta consulta no admite comentarios en este momento.
form-invalid-parent = Solo puede responder a un comentario visible en esta página.
form-invalid-organisation = Solo puede hablar en nombre de una organización verificada a la que pertenezca.
form-official-needs-parent = Una respuesta oficial debe responder a un comentario.
form-edit-window-over = Ya han pasado los 15 minutos para hacer correcciones.
form-consent-required = Una opinión solo se puede publicar con el acuerdo de la persona.
form-date-in-future = La fecha no puede ser futura.
form-invalid-datetime = Escriba una fecha y una hora, por ejemplo 2027-03-01 09:00.
form-closes-before-opens = La hora de cierre debe ser posterior a la hora de apertura.

## Seguimiento y notificaciones
follow-start = Seguir: recibir un correo cuando haya novedades
follow-stop = Dejar de seguir
unsubscribe-title = Desactivar notificaciones
unsubscribe-intro = Pulse el botón para dejar de recibir todos los correos de notificación de townhall. Puede volver a seguir elementos en cualquier momento.
unsubscribe-submit = Desactivar todas las notificaciones
unsubscribe-done-title = Notificaciones desactivadas
unsubscribe-done-body = Ya no recibirá correos de notificación.
unsubscribe-bad-title = Este enlace no funciona
unsubscribe-bad-body = El enlace no es válido. También puede cambiar las notificaciones en la página de su cuenta.
mail-open = Abrir la página
mail-notification-why = Recibe este mensaje porque sigue este elemento o escribió un comentario en él.
mail-unsubscribe = Dejar de recibir estos correos
mail-update-line = Hay una nueva actualización sobre el avance de { $item }.
mail-reply-line = Alguien respondió a su comentario sobre { $item }.
mail-official-line = { $department } publicó una respuesta oficial a su comentario sobre { $item }.
mail-digest-subject = Su resumen diario
mail-digest-intro = { $count ->
    [one] Hay { $count } novedad para usted:
   *[other] Hay { $count } novedades para usted:
}

## Evaluaciones
assessments-title = Evaluaciones independientes
assessments-none = Ninguna organización verificada ha evaluado todavía este compromiso.
assessment-add = Publicar una evaluación en nombre de su organización
assessment-submit = Publicar la evaluación

## Consultas
consultations-title = Consultas
consultations-intro = Momentos en que la ciudad le pide su opinión sobre un plan antes de decidir.
consultations-none = Todavía no se ha publicado ninguna consulta.
consultation-reference = Consulta { $id }
consultation-dates = Del { $opens } al { $closes } (hora local)
consultation-about = Tema:
consultation-about-none = Nada en particular
consultation-participation = Participación hasta ahora
participation-comments = comentarios
participation-people = personas
participation-organisations = organizaciones
consultation-questions = Preguntas para orientar su comentario
consultation-outcome = Resultado
consultation-outcome-pending = La ciudad todavía no ha publicado lo que escuchó ni lo que va a hacer.
consultation-heard = Lo que escuchamos
consultation-actions = Lo que vamos a hacer
consultation-not-open-yet = Esta consulta todavía no está abierta. Vuelva cuando se abra.
consultation-closed-no-comments = Esta consulta está cerrada y ya no admite comentarios.
consultation-form-hint = Escriba una pregunta orientativa por línea. Complete el resultado cuando la consulta se haya cerrado.
phase-upcoming = Próxima
phase-open = Abierta
phase-closed = Cerrada

## Colas de trabajo del personal
admin-new-consultation = Nueva consulta
admin-edit-consultation = Editar consulta
moderation-title = Cola de moderación
moderation-pending = Pendientes de aprobación
moderation-pending-none = No hay ningún comentario pendiente de aprobación.
moderation-flagged = Comentarios reportados
moderation-flagged-none = No se ha reportado ningún comentario.
moderation-flag-count = { $count ->
    [one] { $count } reporte
   *[other] { $count } reportes
}
moderation-approve = Aprobar
moderation-hide = Ocultar
moderation-restore = Restaurar
moderation-dismiss = Mantener y cerrar los reportes
moderation-is-hidden = oculto
awaiting-title = Pendientes de respuesta
awaiting-intro = Comentarios de residentes que todavía no tienen respuesta oficial, empezando por los más antiguos, para que nada se olvide.
awaiting-count = { $count ->
    [one] { $count } comentario espera respuesta.
   *[other] { $count } comentarios esperan respuesta.
}
awaiting-waited = Tiempo de espera
awaiting-days = { $days ->
    [one] { $days } día
   *[other] { $days } días
}
awaiting-comment = Comentario
offline-title = Registrar opiniones recibidas fuera de línea
offline-intro = Las opiniones dadas en persona, en papel, por teléfono o por correo electrónico cuentan tanto como las del sitio web. Escríbalas aquí, con el acuerdo de la persona.
offline-submit = Publicar la opinión
offline-done = La opinión se ha publicado.
