## Search
search-title = Search
search-words = Words to look for
search-hint = Put "quotes" around an exact phrase, and a minus before a word to leave it out: bus -taxi
search-type = Kind
search-city = City
search-language = Language
search-from = From date
search-to = To date
search-submit = Search
search-relaxed = Your search contained symbols we could not read, so it was searched as plain words.
search-count = { $count ->
    [one] { $count } result
   *[other] { $count } results
}
search-refine = Narrow the results
search-pages = Pages of results
search-none-title = Nothing found
search-none-spelling = Check the spelling, or try another language.
search-none-fewer = Use fewer or more general words.
search-none-filters = Remove some filters.
kind-comment = Comment
kind-commitment = Commitment
kind-project = Project
kind-update = Update
kind-consultation = Consultation
kind-challenge = Challenge
kind-value = Indicator value
search-as-report = Make a transparency report of this search
search-active-filters = Filters in force (select one to remove it)
search-remove-filter = Remove { $filter }: { $value }
kind-answer = Answer to a questionnaire
