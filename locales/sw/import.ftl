# Importing commitments and projects from CSV.
import-title = Ingiza kutoka lahajedwali
import-intro = Pakia faili la CSV la ahadi au miradi. Kila safu hukaguliwa kwanza: ikiwa safu moja ina tatizo, hakuna kinachohifadhiwa na kila tatizo huonyeshwa na mstari na safu yake.
import-problems = { $count ->
    [one] Tatizo { $count }: hakuna kilichoingizwa
   *[other] Matatizo { $count }: hakuna kilichoingizwa
}
import-line = Mstari
import-column = Safu
import-problem = Tatizo
import-kind = Faili lina nini
import-file = Faili la CSV
import-hint = UTF-8, yenye safu ya vichwa: title_en, title_sw, … department, due_date, themes, sdgs (orodha zikitenganishwa na ;). README inaorodhesha safu zote.
import-submit = Kagua na uingize
import-not-utf8 = Faili si maandishi ya UTF-8. Lihifadhi kama “CSV UTF-8” ujaribu tena.
import-unreadable = Faili halikuweza kusomwa kama CSV.
import-unknown-column = Safu hii haijulikani. Kagua tahajia yake kwenye orodha ya safu.
import-missing-title = Safu ya kichwa (kwa mfano title_sw) inahitajika.
import-bad-row = Mstari huu hauna idadi sawa ya safu na kichwa.
import-empty = Faili halina mistari ya kuingiza.
