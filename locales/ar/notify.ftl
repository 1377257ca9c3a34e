## Notification preference
field-notify_mode = إشعارات البريد الإلكتروني
notify-immediate = رسالة لكل خبر جديد
notify-daily = رسالة ملخص واحدة يوميًا
notify-none = لا رسائل إشعار

## Notification mails: subject (city · item: what changed), details, why the person gets it
mail-subject-update = {"\u2068"}{ $city }{"\u2069"} · {"\u2068"}{ $item }{"\u2069"}: تحديث جديد ({"\u2068"}{ $status }{"\u2069"}، { $percent }%)
mail-subject-reply = {"\u2068"}{ $city }{"\u2069"} · {"\u2068"}{ $item }{"\u2069"}: ردّ على تعليقك
mail-subject-official = {"\u2068"}{ $city }{"\u2069"} · {"\u2068"}{ $item }{"\u2069"}: رد رسمي من {"\u2068"}{ $department }{"\u2069"}
mail-subject-challenge-opened = {"\u2068"}{ $city }{"\u2069"} · {"\u2068"}{ $item }{"\u2069"}: تطعن {"\u2068"}{ $organisation }{"\u2069"} في الحالة الرسمية
mail-subject-challenge-upheld = {"\u2068"}{ $city }{"\u2069"} · {"\u2068"}{ $item }{"\u2069"}: قُبل الطعن وصُحّحت الحالة
mail-subject-challenge-rejected = {"\u2068"}{ $city }{"\u2069"} · {"\u2068"}{ $item }{"\u2069"}: رُفض الطعن
mail-subject-value = {"\u2068"}{ $city }{"\u2069"} · {"\u2068"}{ $indicator }{"\u2069"}: قيمة جديدة {"\u2068"}{ $value }{"\u2069"}
mail-update-details = الحالة: {"\u2068"}{ $status }{"\u2069"}. نسبة الإنجاز: { $percent }%.
mail-why-follow = تصلك هذه الرسالة لأنك تتابع {"\u2068"}{ $item }{"\u2069"} ({"\u2068"}{ $city }{"\u2069"}).
mail-why-comment = تصلك هذه الرسالة لأنك كتبت تعليقًا على {"\u2068"}{ $item }{"\u2069"} ({"\u2068"}{ $city }{"\u2069"}).
mail-why-member = تصلك هذه الرسالة لأنك عضو في {"\u2068"}{ $organisation }{"\u2069"}.
mail-value-own-line = للمؤشر {"\u2068"}{ $indicator }{"\u2069"} قيمة جديدة: {"\u2068"}{ $value }{"\u2069"}.
