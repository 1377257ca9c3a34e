## التنقّل
nav-admin = لوحة تحكّم الموظفين

## النماذج (مشتركة)
form-error-summary = توجد مشكلة
form-error-prefix = خطأ:
form-honeypot = اترك هذا الحقل فارغًا
form-save = حفظ
form-required = هذا الحقل مطلوب.
form-too-long = هذا النص طويل جدًا.
form-invalid-email = أدخل عنوان بريد إلكتروني مثل {"\u2066"}name@example.org{"\u2069"}.
form-password-too-short = استخدم 10 أحرف على الأقل.
form-password-common = كلمة المرور هذه شائعة جدًا. اختر كلمة مرور يصعب تخمينها.
form-password-mismatch = كلمتا المرور غير متطابقتين.
form-wrong-password = كلمة المرور هذه غير صحيحة.
form-invalid-choice = اختر أحد الخيارات.
form-invalid-slug = استخدم من 2 إلى 40 حرفًا لاتينيًا صغيرًا أو رقمًا أو شرطة.
form-slug-taken = هذا العنوان مستخدم بالفعل لمدينة أخرى.
form-invalid-time-zone = اختر منطقة زمنية صالحة، مثل {"\u2066"}Africa/Nairobi{"\u2069"}.
form-invalid-date = أدخل التاريخ بصيغة السنة-الشهر-اليوم، مثل 2027-06-30.
form-invalid-sdg = اختر أهدافًا بين 1 و17.
form-invalid-number = أدخل رقمًا صالحًا.
form-invalid-currency = أدخل رمز عملة من ثلاثة أحرف، مثل {"\u2066"}USD{"\u2069"}.
form-unknown-commitment = أحد الالتزامات المختارة غير موجود.
form-invalid-progress = أدخل عددًا صحيحًا من 0 إلى 100.
form-invalid-url = يحتاج كل رابط دليل إلى تسمية وعنوان يبدأ بـ {"\u2066"}https://{"\u2069"} أو {"\u2066"}http://{"\u2069"}.
form-unknown-update = لا يوجد تحديث كهذا لهذا العنصر.

## تسميات الحقول
field-display_name = الاسم المعروض
field-email = عنوان البريد الإلكتروني
field-password = كلمة المرور
field-password_confirm = أعد كتابة كلمة المرور
field-current_password = كلمة المرور الحالية
field-new_password = كلمة المرور الجديدة
field-locale = اللغة المفضّلة

## إرشادات الحقول
hint-display-name = يظهر بجانب ما تكتبه. لا يلزم أن يكون اسمك الحقيقي.
hint-email-private = لا يُعرض علنًا أبدًا. سنرسل إليك رابطًا لتأكيده.
hint-password-rules = 10 أحرف على الأقل. تجنّب كلمات المرور الشائعة؛ فالجملة القصيرة سهلة التذكّر.

## التسجيل
register-title = إنشاء حساب
register-intro = بإنشاء حساب يمكنك التعليق ومتابعة الالتزامات وتلقّي الردود من المدينة.
register-submit = إنشاء الحساب
register-have-account = هل لديك حساب بالفعل؟
register-done-title = تحقّق من بريدك الإلكتروني
register-done-body = إذا كان من الممكن استخدام هذا العنوان، فقد أرسلنا إليه رسالة. افتح الرابط الموجود في تلك الرسالة لتأكيد عنوانك. يظل الرابط صالحًا لمدة 48 ساعة.

## التحقق من البريد الإلكتروني
verify-ok-title = تم تأكيد العنوان
verify-ok-body = شكرًا لك. تم تأكيد عنوان بريدك الإلكتروني.
verify-bad-title = هذا الرابط لا يعمل
verify-bad-body = انتهت صلاحية الرابط أو سبق استخدامه. سجّل الدخول واطلب رابطًا جديدًا، أو أنشئ حسابك من جديد.

## تسجيل الدخول
login-title = تسجيل الدخول
login-submit = تسجيل الدخول
login-forgot = هل نسيت كلمة المرور؟
login-no-account = ليس لديك حساب بعد؟
login-failed = عنوان البريد الإلكتروني أو كلمة المرور غير صحيح.
login-locked = حدثت محاولات فاشلة كثيرة جدًا لهذا العنوان. انتظر بضع دقائق ثم حاول مرة أخرى.

## نسيان كلمة المرور
forgot-title = إعادة تعيين كلمة المرور
forgot-intro = أدخل العنوان الذي سجّلت به. سنرسل إليك رابطًا لاختيار كلمة مرور جديدة.
forgot-submit = إرسال الرابط
forgot-sent = إذا كان هناك حساب يستخدم هذا العنوان، فقد أرسلنا إليه رابطًا. يظل الرابط صالحًا لمدة ساعة واحدة.

## إعادة تعيين كلمة المرور
reset-title = اختر كلمة مرور جديدة
reset-submit = حفظ كلمة المرور الجديدة
reset-done = تم تغيير كلمة المرور. يمكنك تسجيل الدخول الآن.
reset-bad-title = هذا الرابط لا يعمل
reset-bad-body = انتهت صلاحية الرابط أو سبق استخدامه. اطلب رابطًا جديدًا.

## الحساب
account-title = حسابك
account-signed-in-as = تم تسجيل الدخول باسم {"\u2066"}{ $email }{"\u2069"}.
account-unverified = لم يتم تأكيد عنوان بريدك الإلكتروني بعد. افتح الرابط الذي أرسلناه إليك.
account-profile = الملف الشخصي
account-password = تغيير كلمة المرور
account-password-submit = تغيير كلمة المرور
account-roles = أدوارك
account-organisations = منظماتك
account-no-organisations = لست عضوًا في أي منظمة.
account-your-data = بياناتك
account-export-intro = نزّل كل ما نحتفظ به عنك في ملف بصيغة {"\u2066"}JSON{"\u2069"}.
account-export = تنزيل بياناتي
account-delete = حذف حسابك
account-delete-intro = تُحذف بياناتك الشخصية. تبقى تعليقاتك العامة، وتظهر على أنها مكتوبة من حساب محذوف. لا يمكن التراجع عن ذلك.
account-delete-submit = حذف حسابي
account-saved = تم حفظ التغييرات.
account-deleted-title = تم حذف الحساب
account-deleted-body = تم حذف حسابك وبياناتك الشخصية.

## الأدوار
role-moderator = مشرف
role-staff = موظف
role-city_admin = مسؤول المدينة

## المنظمات
org-verified = منظمة موثّقة
org-pending = بانتظار التوثيق

## البريد الإلكتروني
mail-greeting = مرحبًا {"\u2068"}{ $name }{"\u2069"}،
mail-footer = تصلك هذه الرسالة بسبب إجراء تم على {"\u2066"}townhall{"\u2069"}. إذا لم تكن أنت من قام به، يمكنك تجاهلها.
mail-verify-subject = أكّد عنوان بريدك الإلكتروني
mail-verify-body = يُرجى تأكيد أن هذا العنوان يخصّك بفتح الرابط أدناه.
mail-link-expires-hours = { $hours ->
    [zero] يظل الرابط صالحًا لمدة { $hours } ساعة.
    [one] يظل الرابط صالحًا لمدة ساعة واحدة.
    [two] يظل الرابط صالحًا لمدة ساعتين.
    [few] يظل الرابط صالحًا لمدة { $hours } ساعات.
    [many] يظل الرابط صالحًا لمدة { $hours } ساعة.
   *[other] يظل الرابط صالحًا لمدة { $hours } ساعة.
}
mail-verify-action = تأكيد عنواني
mail-already-subject = حاول شخص ما التسجيل باستخدام عنوانك
mail-already-body = حاول شخص ما إنشاء حساب باستخدام عنوان البريد الإلكتروني هذا، وهو مرتبط بحساب موجود بالفعل. إذا كنت أنت، فسجّل الدخول أو أعد تعيين كلمة المرور. وإلا يمكنك تجاهل هذه الرسالة.
mail-already-action = تسجيل الدخول
mail-reset-subject = إعادة تعيين كلمة المرور
mail-reset-body = تلقّينا طلبًا لإعادة تعيين كلمة المرور الخاصة بك. افتح الرابط أدناه لاختيار كلمة مرور جديدة.
mail-reset-ignore = إذا لم تطلب ذلك، فتجاهل هذه الرسالة: ستبقى كلمة المرور كما هي.
mail-reset-action = اختيار كلمة مرور جديدة
following-title = ما تتابعه
following-intro = تصلك رسالة عندما يكون لهذه العناصر تحديث جديد أو رد رسمي أو رد عليك.
following-none = لا تتابع شيئًا بعد. استخدم «تابِع» على التزام أو مشروع أو مشاورة.
following-unfollow = ألغِ المتابعة
following-unfollowed = لم تعد تتابع هذا العنصر.
following-since = تتابعه منذ { $date }
orgs-title = المنظمات
orgs-intro = منظمات المجتمع المدني التي وثّقتها المدينة. يمكن لأعضائها التعليق باسمها ونشر تقييمات مستقلة.
orgs-none = لم تُوثَّق أي منظمة بعد.
orgs-members = { $count ->
    [one] عضو واحد
   *[other] { $count } أعضاء
}
orgs-request = اطلب ملفًا موثّقًا لمنظمتك
