## واجهة الموقع
site-name = townhall
site-tagline = الالتزامات والتقدّم المُحرَز وآراء الجمهور
skip-to-content = الانتقال إلى المحتوى الرئيسي
nav-main = التنقّل الرئيسي
nav-cities = المدن
nav-search = البحث
nav-account = الحساب
nav-login = تسجيل الدخول
nav-register = إنشاء حساب
nav-logout = تسجيل الخروج
lang-switcher = اللغة
lang-switcher-current = {"\u2068"}{ $language }{"\u2069"} (اللغة الحالية)
footer-about = {"\u2066"}townhall{"\u2069"} برنامج مفتوح المصدر لمدن ذكية تضع الإنسان في صميم اهتمامها. جميع محتويات هذا الموقع بيانات مفتوحة.
footer-api = واجهة برمجة التطبيقات للبيانات المفتوحة
breadcrumb = مسار التنقّل

## أسماء اللغات مكتوبة بلغتها الأصلية
lang-en = English
lang-fr = Français
lang-es = Español
lang-ar = العربية
lang-zh = 中文
lang-ru = Русский
lang-sw = Kiswahili

## الصفحة الرئيسية
home-title = المدن على {"\u2066"}townhall{"\u2069"}
home-intro = اختر مدينة لترى ما وعدت به، وإلى أي مدى تقدّمت، وما يقوله سكانها عنها.
home-no-cities = لم تُنشر أي مدينة بعد.
home-city-commitments = { $count ->
    [zero] لا توجد التزامات
    [one] التزام واحد
    [two] التزامان
    [few] { $count } التزامات
    [many] { $count } التزامًا
   *[other] { $count } التزام
}

## نظرة عامة على المدينة
city-overview = نظرة عامة
city-commitments-by-status = الالتزامات حسب الحالة
city-latest-updates = آخر التحديثات
city-open-consultations = المشاورات المفتوحة
city-no-consultations = لا توجد مشاورات مفتوحة حاليًا.
city-no-updates = لم يُنشر أي تحديث بعد.
city-all-commitments = جميع الالتزامات
city-all-projects = جميع المشاريع
city-nav = أقسام صفحة المدينة
city-overdue = الالتزامات المتأخرة ({ $count })
city-no-overdue = لم يتجاوز أي التزام موعده النهائي.
city-due-next = المواعيد النهائية القادمة
city-nothing-due = لا توجد مواعيد نهائية قادمة.
city-all-updates = جميع التحديثات

## الحالات
status-not_started = لم يبدأ بعد
status-in_progress = قيد التنفيذ
status-delayed = متأخر
status-completed = مكتمل
status-cancelled = ملغى

## المجالات المواضيعية
theme-inclusion-equity-human-rights = الإدماج والإنصاف وحقوق الإنسان
theme-community-participation = المشاركة المجتمعية
theme-digital-literacy = محو الأمية الرقمية
theme-shared-prosperity = الازدهار المشترك
theme-environmental-sustainability = الاستدامة البيئية
theme-digital-governance-regulations = الحوكمة الرقمية واللوائح التنظيمية
theme-digital-infrastructure-city-services = البنية التحتية الرقمية وخدمات المدينة

## أهداف التنمية المستدامة
sdg-label = هدف التنمية المستدامة { $number }
sdg-1 = القضاء على الفقر
sdg-2 = القضاء التام على الجوع
sdg-3 = الصحة الجيدة والرفاه
sdg-4 = التعليم الجيد
sdg-5 = المساواة بين الجنسين
sdg-6 = المياه النظيفة والنظافة الصحية
sdg-7 = طاقة نظيفة وبأسعار معقولة
sdg-8 = العمل اللائق ونمو الاقتصاد
sdg-9 = الصناعة والابتكار والهياكل الأساسية
sdg-10 = الحد من أوجه عدم المساواة
sdg-11 = مدن ومجتمعات محلية مستدامة
sdg-12 = الاستهلاك والإنتاج المسؤولان
sdg-13 = العمل المناخي
sdg-14 = الحياة تحت الماء
sdg-15 = الحياة في البر
sdg-16 = السلام والعدل والمؤسسات القوية
sdg-17 = عقد الشراكات لتحقيق الأهداف

## الالتزامات
commitments-title = الالتزامات
commitments-intro = ما وعدت به {"\u2068"}{ $city }{"\u2069"}، وأين وصل كل وعد اليوم.
commitments-filter = تصفية الالتزامات
filter-status = الحالة
filter-theme = المجال المواضيعي
filter-stance = الموقف
filter-sdg = هدف التنمية المستدامة
filter-any = الكل
filter-apply = تطبيق عوامل التصفية
filter-clear = مسح عوامل التصفية
commitments-count = { $count ->
    [zero] لا يُعرض أي التزام
    [one] يُعرض التزام واحد
    [two] يُعرض التزامان
    [few] يُعرض { $count } التزامات
    [many] يُعرض { $count } التزامًا
   *[other] يُعرض { $count } التزام
}
commitments-none = لا يوجد التزام يطابق عوامل التصفية هذه.
commitment-reference = المرجع
commitment-status = الحالة
commitment-progress = التقدّم
progress-text = اكتمل بنسبة { $percent }%
commitment-due = الموعد النهائي
commitment-overdue = تجاوز الموعد النهائي
commitment-department = الإدارة المسؤولة
commitment-baseline = خط الأساس
commitment-target = القيمة المستهدفة
commitment-themes = المجالات المواضيعية
commitment-sdgs = أهداف التنمية المستدامة
commitment-kpis = مراجع مؤشرات الأداء الرئيسية
commitment-projects = المشاريع التي تنفّذ هذا الالتزام
commitment-no-projects = لا يوجد أي مشروع مرتبط بهذا الالتزام حتى الآن.
commitment-feed = موجز {"\u2066"}Atom{"\u2069"} للتحديثات
feed-updates = موجز {"\u2066"}Atom{"\u2069"} للتحديثات والردود الرسمية
feed-consultation = موجز {"\u2066"}Atom{"\u2069"}: الردود الرسمية والنتيجة

## التحديثات والسجل العام
timeline-title = التسلسل الزمني للتحديثات
timeline-none = لم يُنشر أي تحديث بعد.
update-published = صدر عن {"\u2068"}{ $publisher }{"\u2069"} بتاريخ { $date }
update-status-change = الحالة: {"\u2068"}{ $status }{"\u2069"}، نسبة التقدّم { $percent }%
update-evidence = الأدلة
update-corrects = هذا التحديث يصحّح التحديث رقم { $id }.
update-hash = قيمة التجزئة في السجل
update-prev-hash = قيمة التجزئة السابقة
update-proof = الأدلة وقيمة التجزئة في السجل
ledger-explainer = لا تُعدَّل التحديثات ولا تُحذف أبدًا. يحفظ كل تحديث قيمة تجزئة {"\u2066"}SHA-256{"\u2069"} لنفسه وللتحديث السابق، حتى يتمكّن أي شخص من التحقق من أن السجل لم يُغيَّر.

## المشاريع
projects-title = المشاريع
projects-intro = كيف تنفّذ {"\u2068"}{ $city }{"\u2069"} التزاماتها.
projects-none = لم يُنشر أي مشروع بعد.
project-budget = الميزانية
project-budget-planned = المبلغ المخطط
project-budget-spent = المبلغ المُنفَق
project-budget-share = أُنفق { $percent }% من الميزانية المخططة
project-dates = التواريخ
project-start = البداية
project-end = النهاية
project-place = المكان
project-linked-commitments = الالتزامات التي ينفّذها هذا المشروع
project-no-commitments = هذا المشروع غير مرتبط بأي التزام.
project-reference = المشروع { $id }

## اللغة البديلة
fallback-notice = هذا المحتوى غير متاح بلغتك بعد؛ يُعرض باللغة: {"\u2068"}{ $language }{"\u2069"}.

## الأخطاء
error-not-found-title = الصفحة غير موجودة
error-not-found-body = تعذّر علينا العثور على هذه الصفحة. ربما نُقلت، أو ربما كُتب العنوان بشكل خاطئ.
error-city-not-found = لا توجد هنا مدينة باسم «{"\u2068"}{ $city }{"\u2069"}».
error-commitment-not-found = لا يوجد لدى {"\u2068"}{ $city }{"\u2069"} أي التزام بالمرجع «{"\u2066"}{ $reference }{"\u2069"}».
error-project-not-found = لا يوجد لدى {"\u2068"}{ $city }{"\u2069"} أي مشروع بهذا الرقم.
error-go-home = عرض جميع المدن
error-go-city = الانتقال إلى النظرة العامة على مدينة {"\u2068"}{ $city }{"\u2069"}
error-server-title = حدث خطأ ما
error-server-body = تعذّر علينا إكمال طلبك. لم يتغيّر أي شيء. يُرجى المحاولة مرة أخرى بعد قليل.
error-bad-request-title = تعذّر فهم هذا الطلب
error-bad-request-body = بعض المعلومات المُرسلة غير صالحة. يُرجى الرجوع والتحقق منها.
error-forbidden-title = غير مسموح
error-forbidden-body = ليس لديك إذن للقيام بذلك.
error-csrf-body = انتهت صلاحية هذا النموذج أو أُرسل من مكان آخر. يُرجى الرجوع وإعادة تحميل الصفحة ثم المحاولة مرة أخرى.
error-too-many-title = محاولات كثيرة جدًا
error-too-many-body = يُرجى الانتظار دقيقة قبل المحاولة مرة أخرى.
error-too-large-body = ما أرسلته كبير جدًا. يُرجى تقصيره ثم المحاولة مرة أخرى.
