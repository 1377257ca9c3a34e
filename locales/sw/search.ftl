## Utafutaji
search-title = Tafuta
search-words = Maneno ya kutafuta
search-hint = Weka "alama za kunukuu" kuzunguka kifungu kamili, na alama ya kutoa kabla ya neno ili kuliacha: basi -teksi
search-type = Aina
search-city = Jiji
search-language = Lugha
search-from = Kuanzia tarehe
search-to = Hadi tarehe
search-submit = Tafuta
search-relaxed = Utafutaji wako ulikuwa na alama ambazo hatukuweza kusoma, kwa hiyo ulitafutwa kama maneno ya kawaida.
search-count = { $count ->
    [one] Tokeo { $count }
   *[other] Matokeo { $count }
}
search-refine = Punguza matokeo
search-pages = Kurasa za matokeo
search-none-title = Hakuna kilichopatikana
search-none-spelling = Kagua tahajia, au jaribu lugha nyingine.
search-none-fewer = Tumia maneno machache au ya jumla zaidi.
search-none-filters = Ondoa baadhi ya vichujio.
kind-comment = Maoni
kind-commitment = Ahadi
kind-project = Mradi
kind-update = Sasisho
kind-consultation = Mashauriano
kind-challenge = Pingamizi
kind-value = Thamani ya kiashiria
search-as-report = Tengeneza ripoti ya uwazi kutokana na utafutaji huu
search-active-filters = Vichujio vinavyotumika (chagua kimoja kukiondoa)
search-remove-filter = Ondoa { $filter }: { $value }
kind-answer = Jibu la dodoso
