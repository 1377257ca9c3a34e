## التعليقات
comments-title = { $count ->
    [zero] لا توجد تعليقات
    [one] تعليق واحد
    [two] تعليقان
    [few] { $count } تعليقات
    [many] { $count } تعليقًا
   *[other] { $count } تعليق
}
comments-none = لا توجد تعليقات بعد. كن أول من يشارك برأيه.
comments-order = الترتيب
comments-newest = الأحدث أولًا
comments-oldest = الأقدم أولًا
comment-add = أضف تعليقك
comment-reply-to = الرد على {"\u2068"}{ $name }{"\u2069"}
comment-cancel-reply = إلغاء الرد وكتابة تعليق جديد بدلًا منه
comment-login = سجّل الدخول أو أنشئ حسابًا لتتمكن من التعليق.
comment-body-label = تعليقك
comment-body-hint = نص عادي، حتى 5000 حرف. يُسمح بالروابط.
comment-char-count = { $count ->
    [zero] لم تكتب أي حرف بعد.
    [one] كتبت حرفًا واحدًا.
    [two] كتبت حرفين.
    [few] كتبت { $count } أحرف.
    [many] كتبت { $count } حرفًا.
   *[other] كتبت { $count } حرف.
}
comment-as-myself = باسمي الشخصي
comment-submit = نشر التعليق
comment-posted = شكرًا لك. تم نشر تعليقك.
comment-held = شكرًا لك. سيظهر تعليقك بعد أن يراجعه أحد المشرفين.
comment-official = رد رسمي
comment-official-check = نشر هذا الرد بوصفه الرد الرسمي للمدينة
comment-anonymous = مجهول الهوية
comment-for-organisation = نيابةً عن {"\u2068"}{ $organisation }{"\u2069"}
comment-edited = معدَّل
comment-hidden = أخفاه المشرفون: {"\u2068"}{ $reason }{"\u2069"}
comment-awaiting = { $days ->
    [0] في انتظار رد من المدينة منذ اليوم
    [zero] في انتظار رد من المدينة منذ اليوم
    [one] في انتظار رد من المدينة منذ يوم واحد
    [two] في انتظار رد من المدينة منذ يومين
    [few] في انتظار رد من المدينة منذ { $days } أيام
    [many] في انتظار رد من المدينة منذ { $days } يومًا
   *[other] في انتظار رد من المدينة منذ { $days } يوم
}
comment-reply = رد
comment-edit = تعديل
comment-edit-title = عدّل تعليقك
comment-edit-hint = يمكنك تصحيح التعليق خلال 15 دقيقة من نشره، وسيُشار إليه بأنه معدَّل.
comment-flag = الإبلاغ عن هذا التعليق
comment-flag-submit = إرسال البلاغ
flag-thanks-title = شكرًا لك على بلاغك
flag-thanks-body = سيطّلع أحد المشرفين على التعليق. إذا كان يخالف القواعد، فسيُخفى مع ذكر السبب علنًا.
flag-back = العودة إلى النقاش
form-cancel = إلغاء
pagination = صفحات التعليقات
pagination-prev = الصفحة السابقة
pagination-next = الصفحة التالية
pagination-status = الصفحة { $page } من { $pages }

## المواقف والقنوات والأسباب والتقييمات
stance-none = لا موقف محدد
stance-support = تأييد
stance-concern = قلق
stance-suggestion = اقتراح
stance-question = سؤال
channel-web = الموقع الإلكتروني
channel-in_person = حضوريًا
channel-paper = ورقيًا
channel-phone = عبر الهاتف
channel-email = عبر البريد الإلكتروني
reason-spam = رسائل مزعجة
reason-abusive = لغة مسيئة
reason-personal_data = بيانات شخصية
reason-off_topic = خارج الموضوع
reason-illegal = محتوى غير قانوني
rating-on_track = يسير وفق الخطة
rating-behind = متأخر
rating-off_track = خارج المسار
rating-unclear = غير واضح

## تسميات الحقول
field-stance = الموقف (اختياري)
field-language = لغة تعليقك
field-organisation_id = التحدث باسم
field-parent_id = ردًا على
field-official = رد رسمي
field-reason = السبب
field-note = ملاحظة للمشرفين (اختياري)
field-channel = كيف قُدِّم الرأي
field-date = تاريخ تقديمه
field-organisation = المنظمة (اختياري)
field-consent = وافق الشخص على نشر رأيه
field-rating = الخلاصة
field-assessment_body = تقييمك
field-opens = موعد الفتح
field-closes = موعد الإغلاق
field-about = الموضوع
field-item_kind = نوع العنصر
hint-datetime = بالتوقيت المحلي للمدينة، مثلًا {"\u2066"}2027-03-01 09:00{"\u2069"}.
hint-offline-name = اختياري. اتركه فارغًا لنشر الرأي دون ذكر الاسم.

## أخطاء النماذج
form-comment-empty = اكتب شيئًا قبل النشر.
form-comment-too-long = لا يمكن أن يتجاوز التعليق 5000 حرف.
form-comment-control = يحتوي النص على أحرف لا يمكن عرضها.
form-verify-first = أكّد عنوان بريدك الإلكتروني أولًا: افتح الرابط الذي أرسلناه إليك.
form-consultation-closed = هذه المشاورة لا تستقبل تعليقات حاليًا.
form-invalid-parent = يمكنك الرد فقط على تعليق ظاهر في هذه الصفحة.
form-invalid-organisation = يمكنك التحدث فقط باسم منظمة موثّقة تنتمي إليها.
form-official-needs-parent = يجب أن يكون الرد الرسمي ردًا على تعليق.
form-edit-window-over = انتهت مدة الـ15 دقيقة المتاحة للتصحيح.
form-consent-required = لا يمكن نشر الرأي إلا بموافقة صاحبه.
form-date-in-future = لا يمكن أن يكون التاريخ في المستقبل.
form-invalid-datetime = أدخل تاريخًا ووقتًا، مثلًا 2027-03-01 09:00.
form-closes-before-opens = يجب أن يكون موعد الإغلاق بعد موعد الفتح.

## المتابعة والإشعارات
follow-start = متابعة: استلم رسالة بالبريد الإلكتروني عند وجود جديد
follow-stop = إيقاف المتابعة
unsubscribe-title = إيقاف الإشعارات
unsubscribe-intro = اضغط على الزر لإيقاف جميع رسائل الإشعارات من {"\u2066"}townhall{"\u2069"}. يمكنك متابعة العناصر من جديد في أي وقت.
unsubscribe-submit = إيقاف جميع الإشعارات
unsubscribe-done-title = تم إيقاف الإشعارات
unsubscribe-done-body = لن تصلك رسائل إشعارات بعد الآن.
unsubscribe-bad-title = هذا الرابط لا يعمل
unsubscribe-bad-body = الرابط غير صالح. يمكنك أيضًا تغيير الإشعارات من صفحة حسابك.
mail-open = فتح الصفحة
mail-notification-why = تصلك هذه الرسالة لأنك تتابع هذا العنصر أو كتبت تعليقًا عليه.
mail-unsubscribe = إيقاف هذه الرسائل
mail-update-line = هناك تحديث جديد عن سير العمل في {"\u2068"}{ $item }{"\u2069"}.
mail-reply-line = ردّ أحدهم على تعليقك بشأن {"\u2068"}{ $item }{"\u2069"}.
mail-official-line = نُشر رد رسمي من {"\u2068"}{ $department }{"\u2069"} على تعليقك بشأن {"\u2068"}{ $item }{"\u2069"}.
mail-digest-subject = ملخصك اليومي
mail-digest-intro = { $count ->
    [zero] لا توجد أخبار جديدة لك:
    [one] لديك خبر جديد واحد:
    [two] لديك خبران جديدان:
    [few] لديك { $count } أخبار جديدة:
    [many] لديك { $count } خبرًا جديدًا:
   *[other] لديك { $count } خبر جديد:
}

## التقييمات
assessments-title = تقييمات مستقلة
assessments-none = لم تقيّم أي منظمة موثّقة هذا الالتزام بعد.
assessment-add = انشر تقييمًا باسم منظمتك
assessment-submit = نشر التقييم

## المشاورات
consultations-title = المشاورات
consultations-intro = أوقات تطلب فيها المدينة رأيك في خطة ما قبل أن تتخذ قرارها.
consultations-none = لم تُنشر أي مشاورة بعد.
consultation-reference = المشاورة { $id }
consultation-dates = من { $opens } إلى { $closes } (بالتوقيت المحلي)
consultation-about = الموضوع:
consultation-about-none = لا شيء محدد
consultation-participation = المشاركة حتى الآن
participation-comments = تعليقات
participation-people = أشخاص
participation-organisations = منظمات
consultation-questions = أسئلة لتوجيه تعليقك
consultation-outcome = النتيجة
consultation-outcome-pending = لم تنشر المدينة بعد ما سمعته وما ستفعله.
consultation-heard = ما سمعناه
consultation-actions = ما سنفعله
consultation-not-open-yet = هذه المشاورة لم تُفتح بعد. عُد إليها عند فتحها.
consultation-closed-no-comments = هذه المشاورة مغلقة ولم تعد تستقبل تعليقات.
consultation-form-hint = اكتب سؤالًا توجيهيًا واحدًا في كل سطر. املأ النتيجة بعد إغلاق المشاورة.
phase-upcoming = قادمة
phase-open = مفتوحة
phase-closed = مغلقة

## قوائم عمل الموظفين
admin-new-consultation = مشاورة جديدة
admin-edit-consultation = تعديل المشاورة
moderation-title = قائمة الإشراف
moderation-pending = بانتظار الموافقة
moderation-pending-none = لا يوجد تعليق بانتظار الموافقة.
moderation-flagged = التعليقات المُبلَّغ عنها
moderation-flagged-none = لم يُبلَّغ عن أي تعليق.
moderation-flag-count = { $count ->
    [zero] لا توجد بلاغات
    [one] بلاغ واحد
    [two] بلاغان
    [few] { $count } بلاغات
    [many] { $count } بلاغًا
   *[other] { $count } بلاغ
}
moderation-approve = موافقة
moderation-hide = إخفاء
moderation-restore = استعادة
moderation-dismiss = إبقاء التعليق وإغلاق البلاغات
moderation-is-hidden = مخفي
awaiting-title = بانتظار الرد
awaiting-intro = تعليقات السكان التي لم تتلقَّ ردًا رسميًا بعد، الأقدم أولًا، حتى لا يُنسى أي شيء.
awaiting-count = { $count ->
    [zero] لا يوجد تعليق ينتظر ردًا.
    [one] تعليق واحد ينتظر ردًا.
    [two] تعليقان ينتظران ردًا.
    [few] { $count } تعليقات تنتظر ردًا.
    [many] { $count } تعليقًا ينتظر ردًا.
   *[other] { $count } تعليق ينتظر ردًا.
}
awaiting-waited = مدة الانتظار
awaiting-days = { $days ->
    [zero] أقل من يوم
    [one] يوم واحد
    [two] يومان
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
}
awaiting-comment = التعليق
offline-title = إدخال آراء قُدِّمت خارج الموقع
offline-intro = الآراء المقدَّمة حضوريًا أو ورقيًا أو عبر الهاتف أو البريد الإلكتروني لها الأهمية نفسها التي للآراء المقدَّمة على الموقع. أدخلها هنا بموافقة صاحبها.
offline-submit = نشر الرأي
offline-done = تم نشر الرأي.
