## البحث
search-title = بحث
search-words = الكلمات المطلوب البحث عنها
search-hint = ضع العبارة المطلوبة حرفيًا بين "علامتي تنصيص"، وضع علامة الطرح قبل الكلمة لاستبعادها: حافلة -قطار
search-type = النوع
search-city = المدينة
search-language = اللغة
search-from = من تاريخ
search-to = إلى تاريخ
search-submit = بحث
search-relaxed = احتوى بحثك على رموز لم نتمكن من قراءتها، لذا أُجري البحث على الكلمات فقط.
search-count = { $count ->
    [zero] لا توجد نتائج
    [one] نتيجة واحدة
    [two] نتيجتان
    [few] { $count } نتائج
    [many] { $count } نتيجة
   *[other] { $count } نتيجة
}
search-refine = تضييق النتائج
search-pages = صفحات النتائج
search-none-title = لم يُعثر على شيء
search-none-spelling = تحقّق من الإملاء، أو جرّب لغة أخرى.
search-none-fewer = استخدم كلمات أقل أو أعمّ.
search-none-filters = أزل بعض عوامل التصفية.
kind-comment = تعليق
kind-commitment = التزام
kind-project = مشروع
kind-update = تحديث
kind-consultation = مشاورة
kind-challenge = طعن
kind-value = قيمة مؤشر
search-as-report = إعداد تقرير شفافية من هذا البحث
search-active-filters = المرشحات المطبقة (اختر واحدًا لإزالته)
search-remove-filter = إزالة ⁨{ $filter }⁩: ⁨{ $value }⁩
kind-answer = إجابة عن استبيان
