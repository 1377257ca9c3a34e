# Importing commitments and projects from CSV.
import-title = Ingiza kutoka lahajedwali
import-intro = Pakia faili la CSV la ahadi au miradi. Kila safu mlalo hukaguliwa kwanza: ikiwa safu mlalo moja ina tatizo, hakuna kinachohifadhiwa na kila tatizo huonyeshwa pamoja na mstari na safu wima yake.
import-problems = { $count ->
    [one] Tatizo { $count }: hakuna kilichoingizwa
   *[other] Matatizo { $count }: hakuna kilichoingizwa
}
import-line = Mstari
import-column = Safu wima
import-problem = Tatizo
import-kind = Faili lina nini
import-file = Faili la CSV
import-hint = UTF-8, yenye safu mlalo ya vichwa: title_en, title_sw, … department, due_date, themes, sdgs (orodha zikitenganishwa na ;). README inaorodhesha safu wima zote.
import-submit = Kagua na uingize
import-not-utf8 = Faili si maandishi ya UTF-8. Lihifadhi kama “CSV UTF-8” ujaribu tena.
import-unreadable = Faili halikuweza kusomwa kama CSV.
import-unknown-column = Safu wima hii haijulikani. Kagua tahajia yake kwenye orodha ya safu wima.
import-missing-title = Safu wima ya kichwa (kwa mfano title_sw) inahitajika.
import-bad-row = Safu mlalo hii haina idadi sawa ya safu wima na safu mlalo ya vichwa.
import-empty = Faili halina safu mlalo za kuingiza.
