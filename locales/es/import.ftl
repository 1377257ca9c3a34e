# Importing commitments and projects from CSV.
import-title = Importar desde una hoja de cálculo
import-intro = Suba un archivo CSV de compromisos o proyectos. Cada fila se comprueba antes: si una fila tiene un problema, no se guarda nada y cada problema se indica con su línea y columna.
import-problems = { $count ->
    [one] { $count } problema: no se importó nada
   *[other] { $count } problemas: no se importó nada
}
import-line = Línea
import-column = Columna
import-problem = Problema
import-kind = Qué contiene el archivo
import-file = Archivo CSV
import-hint = UTF-8, con una fila de encabezado: title_en, title_es, … department, due_date, themes, sdgs (listas separadas por ;). El README enumera todas las columnas.
import-submit = Comprobar e importar
import-not-utf8 = El archivo no es texto UTF-8. Guárdelo como «CSV UTF-8» e inténtelo de nuevo.
import-unreadable = No se pudo leer el archivo como CSV.
import-unknown-column = Esta columna no se reconoce. Compruebe su escritura en la lista de columnas.
import-missing-title = Se necesita una columna de título (por ejemplo title_es).
import-bad-row = Esta fila no tiene el mismo número de columnas que el encabezado.
import-empty = El archivo no tiene filas que importar.
