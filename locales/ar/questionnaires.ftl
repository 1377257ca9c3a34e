## الاستبيانات في المشاورات: الإجابة والنتائج وصفحات الموظفين.

questionnaire-title = الاستبيان
questionnaire-respondents = { $count ->
    [zero] لا يوجد مجيبون حتى الآن
    [one] مجيب واحد حتى الآن
    [two] مجيبان حتى الآن
    [few] { $count } مجيبين حتى الآن
    [many] { $count } مجيبًا حتى الآن
   *[other] { $count } مجيب حتى الآن
}
questionnaire-see-results = عرض نتائج الاستبيان
questionnaire-submit = إرسال إجاباتي
questionnaire-change = تعديل إجاباتي
questionnaire-saved = شكرًا لك: حُفظت إجاباتك. يمكنك تعديلها حتى إغلاق المشاورة.
questionnaire-answered = لقد أجبت عن هذا الاستبيان. إجاباتك معروضة أدناه، ويمكنك تعديلها حتى إغلاق المشاورة.
questionnaire-login = سجّل الدخول للإجابة عن الاستبيان
questionnaire-not-open = يُفتح الاستبيان مع فتح المشاورة.
questionnaire-closed = المشاورة مغلقة: لم يعد الاستبيان يستقبل إجابات.
question-number = السؤال { $number }
question-required = إلزامي
question-scale-hint = اختر من 1 (الأدنى) إلى 5 (الأعلى).
question-multiple-hint = اختر كل الإجابات التي تنطبق.

answer-required = أجب عن هذا السؤال: الإجابة عنه إلزامية.
answer-one-only = قدّم إجابة واحدة فقط عن هذا السؤال.
answer-invalid-option = اختر إحدى الإجابات المقترحة.
answer-too-long = اجعل إجابتك أقل من {"\u2066"}2,000{"\u2069"} حرف.
answer-unknown-question = يذكر النموذج سؤالًا غير موجود في هذا الاستبيان: أعد تحميل الصفحة وحاول مجددًا.
answer-empty = قدّم إجابة عن سؤال واحد على الأقل.
answer-closed = هذه المشاورة غير مفتوحة: لا تُقبل الإجابات إلا أثناء فتحها.
answer-not-open = لم تُفتح هذه المشاورة بعد.
answer-invalid-channel = اختر كيف قُدِّمت الإجابات: حضوريًا أو ورقيًا أو عبر الهاتف أو عبر البريد الإلكتروني.
answer-invalid-copies = يجب أن يكون عدد النماذج المتطابقة عددًا صحيحًا من 1 إلى 500.
answer-invalid-language = اختر لغة الإجابات.

results-title = النتائج: {"\u2068"}{ $title }{"\u2069"}
results-heading = نتائج الاستبيان
results-not-yet = تُنشر النتائج عند إغلاق المشاورة ({"\u2066"}{ $closes }{"\u2069"}).
results-respondents = المجيبون
results-respondents-total = هو العدد الإجمالي للمجيبين
results-live = المشاورة لا تزال مفتوحة: تتغير هذه النتائج مع وصول الإجابات.
results-csv = تنزيل النتائج ({"\u2066"}CSV{"\u2069"})
results-json = تنزيل النتائج ({"\u2066"}JSON{"\u2069"})
results-answered = { $count ->
    [zero] لم يُجب أي مجيب عن هذا السؤال
    [one] أجاب مجيب واحد عن هذا السؤال
    [two] أجاب مجيبان عن هذا السؤال
    [few] أجاب { $count } مجيبين عن هذا السؤال
    [many] أجاب { $count } مجيبًا عن هذا السؤال
   *[other] أجاب { $count } مجيب عن هذا السؤال
}
results-mean = المتوسط:
results-chart-caption = الأرقام نفسها واردة في الجدول أدناه.
results-option = الإجابة
results-value = القيمة
results-count = المجيبون
results-share = النسبة
results-no-text = لا توجد إجابات مكتوبة بعد.
answer-hidden = أخفاها أحد المشرفين: {"\u2068"}{ $reason }{"\u2069"}
answer-hide = إخفاء هذه الإجابة
answer-hide-reason = السبب
answer-restore = إظهار هذه الإجابة من جديد

questions-title = الاستبيان: {"\u2068"}{ $title }{"\u2069"}
questions-heading = الاستبيان
questions-none = لا توجد أسئلة في هذه المشاورة بعد.
questions-locked = أجاب بعض الأشخاص بالفعل: يمكنك تصحيح الصياغة والترجمات وتغيير الترتيب، لكن لا يمكنك تغيير نوع السؤال أو عدد إجاباته أو كونه إلزاميًا.
questions-live-results = نشر النتائج أثناء فتح المشاورة
question-add = إضافة السؤال
question-edit = تعديل
question-edit-title = تعديل سؤال
question-up = نقل إلى أعلى
question-down = نقل إلى أسفل
question-delete = حذف
question-kind-hint = إجابة واحدة، أو عدة إجابات، أو مقياس من 1 إلى 5، أو إجابة مكتوبة.
question-kind-single = إجابة واحدة
question-kind-multiple = عدة إجابات
question-kind-scale = مقياس من 1 إلى 5
question-kind-text = إجابة مكتوبة
question-options-hint = في الأسئلة التي تُختار إجاباتها من قائمة، اكتب إجابة واحدة في كل سطر، بالترتيب نفسه في كل لغة.
question-default-language = اكتب السؤال أولًا باللغة الافتراضية للمدينة.
question-options-needed = اكتب إجابتين على الأقل للاختيار من بينها، واحدة في كل سطر.
question-options-mismatch = تحتاج كل لغة إلى العدد نفسه من الإجابات، بالترتيب نفسه.
question-options-too-many = 20 إجابة للاختيار على الأكثر.
question-options-unused = لا توجد إجابات للاختيار في المقاييس والإجابات المكتوبة: اترك القائمة فارغة.
question-locked = أجاب بعض الأشخاص بالفعل: لم يعد من الممكن تغيير نوع السؤال ولا عدد إجاباته ولا كونه إلزاميًا.
question-answers-exist = أجاب بعض الأشخاص بالفعل: لم يعد من الممكن إضافة أسئلة أو حذفها.
question-too-many = يضم الاستبيان 50 سؤالًا على الأكثر.
field-kind = نوع السؤال
field-required = إلزامي
field-prompt = السؤال
field-options = الإجابات المتاحة للاختيار
field-copies = عدد النماذج المتطابقة
field-answer_channel = كيف قُدِّمت الإجابات
field-answer_language = لغة الإجابات

offline-answers-link = إدخال إجابات قُدِّمت حضوريًا أو ورقيًا أو عبر الهاتف
offline-answers-title = إجابات من خارج الموقع: {"\u2068"}{ $title }{"\u2069"}
offline-answers-heading = إدخال إجابات من خارج الموقع
offline-answers-intro = أدخل هنا استبيانًا أُجيب عنه حضوريًا أو ورقيًا أو عبر الهاتف. إذا حملت عدة نماذج الإجابات نفسها تمامًا، فأدخلها مرة واحدة مع عددها. وتُحتسب في النتائج مع ذكر القناة التي وصلت عبرها.
offline-answers-copies-hint = 1 لنموذج واحد، وحتى 500.
offline-answers-submit = إدخال هذه الإجابات
offline-answers-entered = { $count ->
    [zero] لم يُدخل أي استبيان.
    [one] أُدخل استبيان واحد.
    [two] أُدخل استبيانان.
    [few] أُدخلت { $count } استبيانات.
    [many] أُدخل { $count } استبيانًا.
   *[other] أُدخل { $count } استبيان.
}

mail-subject-outcome = {"\u2068"}{ $city }{"\u2069"} · {"\u2068"}{ $item }{"\u2069"}: نتيجة المشاورة
mail-outcome-line = نشرت المدينة نتيجة {"\u2068"}{ $item }{"\u2069"}: ما سمعته وما ستفعله.
mail-why-participant = تصلك هذه الرسالة لأنك شاركت في {"\u2068"}{ $item }{"\u2069"} ({"\u2068"}{ $city }{"\u2069"}).

audit-question-add = أُضيف سؤال
audit-question-edit = عُدّل سؤال
audit-question-move = نُقل سؤال
audit-question-delete = حُذف سؤال
audit-questionnaire-live-results = غُيّر إعداد نشر النتائج أثناء المشاورة
audit-questionnaire-offline = أُدخلت إجابات من خارج الموقع
audit-answer-hide = أُخفيت إجابة
audit-answer-restore = أُظهرت إجابة من جديد

report-questionnaires = الاستبيانات
report-written-answers = هو عدد الإجابات المكتوبة
report-respondents-by-channel = المجيبون حسب القناة
report-respondents-by-language = المجيبون حسب اللغة
questionnaire-respondents-count = { $count ->
    [zero] لا يوجد مجيبون
    [one] مجيب واحد
    [two] مجيبان
    [few] { $count } مجيبين
    [many] { $count } مجيبًا
   *[other] { $count } مجيب
}
