## لوحة تحكم الموظفين
admin-title = لوحة تحكم الموظفين
admin-publishing = النشر
admin-new-commitment = التزام جديد
admin-new-project = مشروع جديد
admin-new-update = نشر تحديث
admin-edit-commitment = تعديل الالتزام { $reference }
admin-edit-project = تعديل المشروع { $reference }
admin-city-administration = إدارة المدينة
admin-people = الأشخاص والأدوار
admin-organisations = المنظمات
admin-audit = سجل التدقيق
admin-moderation = الإشراف على المحتوى

admin-edit = تعديل
admin-done = تمّ. حُفظ التغيير.
admin-actions = الإجراءات
admin-people-none = لا يوجد أي شخص لديه دور في هذه المدينة حتى الآن.
admin-people-caption = الأشخاص الذين لديهم دور في هذه المدينة
admin-revoke = إزالة الدور
admin-grant = منح دور
admin-grant-submit = منح الدور
admin-default-language = اللغة الرئيسية للمدينة
admin-translations = النص بكل لغة
admin-translations-hint = املأ اللغات التي تستطيع الكتابة بها. اللغات التي تبقى فارغة يُعرض فيها النص باللغة الرئيسية مع إشعار بذلك.
admin-details = التفاصيل
admin-update-hint = التحديثات علنية ودائمة. لتصحيح خطأ، انشر تحديثًا جديدًا يذكر التحديث الذي يصحّحه.
admin-publish = نشر
admin-organisations-none = لم تطلب أي منظمة ملفًا تعريفيًا حتى الآن.
admin-org-verify = توثيق
admin-org-reject = رفض
admin-audit-intro = كل إجراء قام به الموظفون والمسؤولون في هذه المدينة: من قام به، وما هو، ومتى.
admin-audit-none = لم يُسجَّل أي شيء بعد.
admin-audit-when = الوقت
admin-audit-who = المنفِّذ
admin-audit-what = الإجراء
admin-audit-subject = العنصر المعني
deleted-account = حساب محذوف

## تسميات الحقول
field-role = الدور
field-title = العنوان
field-summary = الملخص
field-body = النص الكامل
field-text = النص
field-department = الإدارة المسؤولة
field-baseline = خط الأساس
field-target = القيمة المستهدفة
field-due_date = الموعد النهائي
field-kpis = مراجع مؤشرات الأداء الرئيسية (KPI)
field-themes = المجالات المواضيعية
field-sdgs = أهداف التنمية المستدامة
field-budget_planned = الميزانية المخططة
field-budget_spent = المبلغ المُنفَق من الميزانية
field-currency = العملة
field-start_date = تاريخ البدء
field-end_date = تاريخ الانتهاء
field-place_name = المكان
field-lat = خط العرض
field-lon = خط الطول
field-commitments = الالتزامات التي ينفّذها هذا المشروع
field-item = التزام أو مشروع
field-status = الحالة
field-progress = التقدّم (%)
field-publisher = الجهة الناشرة
field-corrects = رقم التحديث الذي يصحّحه
field-evidence = الأدلة
field-evidence-label = الدليل { $number }: التسمية
field-evidence-url = الدليل { $number }: الرابط
field-name = الاسم
field-website = الموقع الإلكتروني
field-description = الوصف

## إرشادات الحقول
hint-grant-email = يجب أن يكون لدى الشخص حساب مسبقًا.
hint-baseline = الوضع الذي كان قائمًا عند تقديم الالتزام.
hint-target = كيف سيبدو النجاح، مع رقم إن أمكن.
hint-date = السنة-الشهر-اليوم، مثلًا 2027-06-30.
hint-kpis = مرجع واحد في كل سطر، مثلًا اسم أحد مؤشرات U4SSC.
hint-currency = ثلاثة أحرف، مثلًا USD أو EUR أو TZS.
hint-lat = بالدرجات العشرية، مثلًا -6.8161. اختياري.
hint-lon = بالدرجات العشرية، مثلًا 39.2894. اختياري.
hint-progress = عدد صحيح من 0 إلى 100.
hint-publisher = عادةً ما تكون الإدارة المسؤولة.
hint-corrects = فقط إذا كان هذا التحديث يصحّح تحديثًا سابقًا. وإلا فاتركه فارغًا.
hint-evidence = مستندات أو صور أو بيانات تُظهر ما حدث. يحتاج كل دليل إلى تسمية ورابط.
hint-website = اختياري. يبدأ بـ https://
hint-member-email = يجب أن يكون لدى الشخص حساب مسبقًا.

## أخطاء النماذج
form-no-such-person = لا يوجد حساب بعنوان البريد الإلكتروني هذا.
form-invalid-website = أدخل عنوانًا يبدأ بـ https:// أو http://.

## المنظمات
org-request-title = طلب ملف تعريفي لمنظمة
org-request-intro = يمكن لمنظمات المجتمع المدني، بعد أن توثّقها المدينة، التعليق باسم المنظمة ونشر تقييمات مستقلة.
org-request-submit = إرسال الطلب
org-requested = أُرسل طلبك. سيتحقق أحد مسؤولي المدينة من المنظمة.
org-members = الأعضاء
org-admin = مسؤول المنظمة
org-add-member = إضافة عضو
org-add-member-submit = إضافة العضو
org-member-added = أُضيف العضو.
org-status-pending = بانتظار التوثيق
org-status-verified = موثّقة
org-status-rejected = غير موثّقة
city-org-request = هل تمثّل منظمة من منظمات المجتمع المدني؟ اطلب ملفًا تعريفيًا
