# Checked filters of search, reports and the API.
form-invalid-query = تعذّرت قراءة هذا العنوان. ابدأ بحثًا جديدًا.
form-repeated-parameter = أُعطي عامل التصفية هذا أكثر من مرة. أعطه مرة واحدة.
form-period-reversed = يجب ألا يسبق تاريخ النهاية تاريخ البداية.
form-invalid-page = أدخل رقم صفحة من 1 إلى 50.
error-bad-parameter = للمعامل «{"\u2068"}{ $name }{"\u2069"}» قيمة لا يمكن استخدامها، أو أنه أُعطي أكثر من مرة.
field-q = الكلمات
field-city = المدينة
field-type = النوع
field-theme = المجال المواضيعي
field-sdg = هدف التنمية المستدامة
field-lang = اللغة
field-from = من
field-to = إلى
field-page = الصفحة
field-format = الصيغة
field-query = العنوان
