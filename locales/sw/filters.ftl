# Checked filters of search, reports and the API.
form-invalid-query = Anwani hii haikuweza kusomwa. Anza utafutaji mpya.
form-repeated-parameter = Kichujio hiki kimetolewa zaidi ya mara moja. Kitoe mara moja tu.
form-period-reversed = Tarehe ya mwisho isiwe kabla ya tarehe ya kuanza.
form-invalid-page = Weka namba ya ukurasa kuanzia 1 hadi 50.
error-bad-parameter = Kigezo “{ $name }” kina thamani isiyoweza kutumika, au kimetolewa zaidi ya mara moja.
field-q = Maneno
field-city = Jiji
field-type = Aina
field-theme = Eneo la mada
field-sdg = Lengo la Maendeleo Endelevu
field-lang = Lugha
field-from = Kuanzia
field-to = Hadi
field-page = Ukurasa
field-format = Muundo
field-query = Anwani
