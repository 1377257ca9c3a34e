# Checked filters of search, reports and the API.
form-invalid-query = No se puede leer esta dirección. Empiece una nueva búsqueda.
form-repeated-parameter = Este filtro se dio más de una vez. Indíquelo una sola vez.
form-period-reversed = La fecha final no puede ser anterior a la inicial.
form-invalid-page = Indique un número de página del 1 al 50.
error-bad-parameter = El parámetro «{ $name }» tiene un valor que no se puede usar, o se dio más de una vez.
field-q = Palabras
field-city = Ciudad
field-type = Tipo
field-theme = Área temática
field-sdg = Objetivo de Desarrollo Sostenible
field-lang = Idioma
field-from = Desde
field-to = Hasta
field-page = Página
field-format = Formato
field-query = Dirección
