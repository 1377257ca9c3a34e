# Checked filters of search, reports and the API.
form-invalid-query = Cette adresse ne peut pas être lue. Commencez une nouvelle recherche.
form-repeated-parameter = Ce filtre est donné plus d’une fois. Donnez-le une seule fois.
form-period-reversed = La date de fin ne doit pas précéder la date de début.
form-invalid-page = Saisissez un numéro de page de 1 à 50.
error-bad-parameter = Le paramètre « { $name } » a une valeur inutilisable, ou est donné plus d’une fois.
field-q = Mots
field-city = Ville
field-type = Type
field-theme = Domaine thématique
field-sdg = Objectif de développement durable
field-lang = Langue
field-from = Du
field-to = Au
field-page = Page
field-format = Format
field-query = Adresse
