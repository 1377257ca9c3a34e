# Checked filters of search, reports and the API.
form-invalid-query = This address could not be read. Start a new search.
form-repeated-parameter = This filter was given more than once. Give it once.
form-period-reversed = The end date must not be before the start date.
form-invalid-page = Enter a page number from 1 to 50.
error-bad-parameter = The parameter “{ $name }” has a value that cannot be used, or is given more than once.
field-q = Words
field-city = City
field-type = Type
field-theme = Thematic area
field-sdg = Sustainable Development Goal
field-lang = Language
field-from = From
field-to = To
field-page = Page
field-format = Format
field-query = Address
