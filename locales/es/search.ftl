## Búsqueda
search-title = Buscar
search-words = Palabras que buscar
search-hint = Ponga una frase exacta entre "comillas" y un signo menos delante de una palabra para excluirla: autobús -taxi
search-type = Tipo
search-city = Ciudad
search-language = Idioma
search-from = Desde la fecha
search-to = Hasta la fecha
search-submit = Buscar
search-relaxed = Su búsqueda contenía símbolos que no pudimos interpretar, así que se buscó como palabras sueltas.
search-count = { $count ->
    [one] { $count } resultado
   *[other] { $count } resultados
}
search-refine = Acotar los resultados
search-pages = Páginas de resultados
search-none-title = No se encontró nada
search-none-spelling = Revise la ortografía o pruebe con otro idioma.
search-none-fewer = Use menos palabras o palabras más generales.
search-none-filters = Quite algunos filtros.
kind-comment = Comentario
kind-commitment = Compromiso
kind-project = Proyecto
kind-update = Actualización
kind-consultation = Consulta
kind-challenge = Impugnación
kind-value = Valor de indicador
search-as-report = Convertir esta búsqueda en un informe de transparencia
search-active-filters = Filtros aplicados (elija uno para quitarlo)
search-remove-filter = Quitar { $filter }: { $value }
kind-answer = Respuesta a un cuestionario
