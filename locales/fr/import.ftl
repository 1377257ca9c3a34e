# Importing commitments and projects from CSV.
import-title = Importer depuis un tableur
import-intro = Envoyez un fichier CSV d’engagements ou de projets. Chaque ligne est vérifiée d’abord : si une ligne pose problème, rien n’est enregistré et chaque problème est indiqué avec sa ligne et sa colonne.
import-problems = { $count ->
    [one] { $count } problème : rien n’a été importé
   *[other] { $count } problèmes : rien n’a été importé
}
import-line = Ligne
import-column = Colonne
import-problem = Problème
import-kind = Ce que contient le fichier
import-file = Fichier CSV
import-hint = UTF-8, avec une ligne d’en-tête : title_en, title_fr, … department, due_date, themes, sdgs (listes séparées par ;). Le README liste toutes les colonnes.
import-submit = Vérifier et importer
import-not-utf8 = Le fichier n’est pas un texte UTF-8. Enregistrez-le en « CSV UTF-8 » et réessayez.
import-unreadable = Le fichier n’a pas pu être lu comme un CSV.
import-unknown-column = Cette colonne est inconnue. Vérifiez son orthographe dans la liste des colonnes.
import-missing-title = Une colonne de titre (par exemple title_fr) est obligatoire.
import-bad-row = Cette ligne n’a pas le même nombre de colonnes que l’en-tête.
import-empty = Le fichier ne contient aucune ligne à importer.
