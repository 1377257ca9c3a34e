## Cuestionarios de las consultas: responder, resultados, páginas del personal.

questionnaire-title = Cuestionario
questionnaire-respondents = { $count ->
    [one] { $count } persona encuestada hasta ahora
   *[other] { $count } personas encuestadas hasta ahora
}
questionnaire-see-results = Ver los resultados del cuestionario
questionnaire-submit = Enviar mis respuestas
questionnaire-change = Cambiar mis respuestas
questionnaire-saved = Gracias: sus respuestas se han guardado. Puede cambiarlas hasta que se cierre la consulta.
questionnaire-answered = Ya respondió este cuestionario. Sus respuestas aparecen abajo; puede cambiarlas hasta que se cierre la consulta.
questionnaire-login = Inicie sesión para responder el cuestionario
questionnaire-not-open = El cuestionario se abre junto con la consulta.
questionnaire-closed = La consulta está cerrada: el cuestionario ya no admite respuestas.
question-number = Pregunta { $number }
question-required = obligatoria
question-scale-hint = Elija de 1 (lo más bajo) a 5 (lo más alto).
question-multiple-hint = Elija todas las respuestas que correspondan.

answer-required = Responda esta pregunta: es obligatoria.
answer-one-only = Dé una sola respuesta a esta pregunta.
answer-invalid-option = Elija una de las respuestas propuestas.
answer-too-long = Su respuesta debe tener menos de 2000 caracteres.
answer-unknown-question = El formulario menciona una pregunta que este cuestionario no tiene: vuelva a cargar la página e inténtelo de nuevo.
answer-empty = Responda al menos una pregunta.
answer-closed = Esta consulta no está abierta: solo se aceptan respuestas mientras está abierta.
answer-not-open = Esta consulta todavía no se ha abierto.
answer-invalid-channel = Indique cómo se dieron las respuestas: en persona, en papel, por teléfono o por correo electrónico.
answer-invalid-copies = El número de formularios idénticos debe ser un número entero de 1 a 500.
answer-invalid-language = Elija el idioma de las respuestas.

results-title = Resultados: { $title }
results-heading = Resultados del cuestionario
results-not-yet = Los resultados se publican cuando se cierra la consulta ({ $closes }).
results-respondents = Personas encuestadas
results-respondents-total = personas encuestadas en total
results-live = La consulta sigue abierta: estos resultados cambian a medida que llegan respuestas.
results-csv = Descargar los resultados (CSV)
results-json = Descargar los resultados (JSON)
results-answered = { $count ->
    [one] { $count } persona encuestada respondió esta pregunta
   *[other] { $count } personas encuestadas respondieron esta pregunta
}
results-mean = Media:
results-chart-caption = Las mismas cifras están en la tabla de abajo.
results-option = Respuesta
results-value = Valor
results-count = Personas encuestadas
results-share = Porcentaje
results-no-text = Todavía no hay respuestas escritas.
answer-hidden = Ocultada por la moderación: { $reason }
answer-hide = Ocultar esta respuesta
answer-hide-reason = Motivo
answer-restore = Volver a mostrar esta respuesta

questions-title = Cuestionario: { $title }
questions-heading = Cuestionario
questions-none = Esta consulta todavía no tiene preguntas.
questions-locked = Ya hay personas que respondieron: puede corregir la redacción y las traducciones y cambiar el orden, pero no el tipo de una pregunta, su número de respuestas ni si es obligatoria.
questions-live-results = Publicar los resultados mientras la consulta está abierta
question-add = Añadir la pregunta
question-edit = Editar
question-edit-title = Editar una pregunta
question-up = Subir
question-down = Bajar
question-delete = Eliminar
question-kind-hint = Una sola respuesta, varias respuestas, una escala de 1 a 5 o una respuesta escrita.
question-kind-single = Una sola respuesta
question-kind-multiple = Varias respuestas
question-kind-scale = Escala de 1 a 5
question-kind-text = Respuesta escrita
question-options-hint = En las preguntas con respuestas para elegir, escriba una respuesta por línea, en el mismo orden en todos los idiomas.
question-default-language = Escriba primero la pregunta en el idioma predeterminado de la ciudad.
question-options-needed = Escriba al menos dos respuestas para elegir, una por línea.
question-options-mismatch = Todos los idiomas necesitan el mismo número de respuestas, en el mismo orden.
question-options-too-many = Como máximo 20 respuestas para elegir.
question-options-unused = Las escalas y las respuestas escritas no tienen respuestas para elegir: deje la lista vacía.
question-locked = Ya hay personas que respondieron: el tipo, el número de respuestas y si la pregunta es obligatoria ya no pueden cambiar.
question-answers-exist = Ya hay personas que respondieron: ya no se pueden añadir ni eliminar preguntas.
question-too-many = Un cuestionario tiene como máximo 50 preguntas.
field-kind = Tipo de pregunta
field-required = Obligatoria
field-prompt = Pregunta
field-options = Respuestas para elegir
field-copies = Número de formularios idénticos
field-answer_channel = Cómo se dieron las respuestas
field-answer_language = Idioma de las respuestas

offline-answers-link = Registrar respuestas dadas en persona, en papel o por teléfono
offline-answers-title = Respuestas fuera de línea: { $title }
offline-answers-heading = Registrar respuestas fuera de línea
offline-answers-intro = Transcriba aquí un cuestionario respondido en persona, en papel o por teléfono. Cuando varios formularios tengan exactamente las mismas respuestas, regístrelos una sola vez indicando cuántos son. En los resultados se cuentan con su canal.
offline-answers-copies-hint = 1 para un solo formulario; hasta 500.
offline-answers-submit = Registrar estas respuestas
offline-answers-entered = { $count ->
    [one] Se registró { $count } cuestionario.
   *[other] Se registraron { $count } cuestionarios.
}

mail-subject-outcome = { $city } · { $item }: el resultado de la consulta
mail-outcome-line = La ciudad publicó el resultado de { $item }: lo que escuchó y lo que va a hacer.
mail-why-participant = Recibe este mensaje porque participó en { $item } ({ $city }).

audit-question-add = Pregunta añadida
audit-question-edit = Pregunta editada
audit-question-move = Pregunta movida
audit-question-delete = Pregunta eliminada
audit-questionnaire-live-results = Resultados en directo activados o desactivados
audit-questionnaire-offline = Respuestas fuera de línea registradas
audit-answer-hide = Respuesta ocultada
audit-answer-restore = Respuesta mostrada de nuevo

report-questionnaires = Cuestionarios
report-written-answers = respuestas escritas
report-respondents-by-channel = Personas encuestadas por canal
report-respondents-by-language = Personas encuestadas por idioma
questionnaire-respondents-count = { $count ->
    [one] { $count } persona encuestada
   *[other] { $count } personas encuestadas
}
