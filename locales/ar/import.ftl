# Importing commitments and projects from CSV.
import-title = استيراد من جدول بيانات
import-intro = ارفع ملف {"\u2066"}CSV{"\u2069"} للالتزامات أو المشاريع. يُفحص كل صف أولًا: إن كان في صف مشكلة فلا يُحفظ شيء وتُذكر كل مشكلة مع سطرها وعمودها.
import-problems = { $count ->
    [one] مشكلة واحدة: لم يُستورد شيء
   *[other] { $count } مشكلات: لم يُستورد شيء
}
import-line = السطر
import-column = العمود
import-problem = المشكلة
import-kind = محتوى الملف
import-file = ملف {"\u2066"}CSV{"\u2069"}
import-hint = بترميز {"\u2066"}UTF-8{"\u2069"} مع صف عناوين: {"\u2066"}title_en{"\u2069"} و{"\u2066"}title_ar{"\u2069"} … و{"\u2066"}department{"\u2069"} و{"\u2066"}due_date{"\u2069"} و{"\u2066"}themes{"\u2069"} و{"\u2066"}sdgs{"\u2069"} (قوائم مفصولة بـ ;). يسرد ملف {"\u2066"}README{"\u2069"} كل الأعمدة.
import-submit = افحص واستورد
import-not-utf8 = الملف ليس نصًا بترميز {"\u2066"}UTF-8{"\u2069"}. احفظه بصيغة «{"\u2066"}CSV UTF-8{"\u2069"}» وحاول مجددًا.
import-unreadable = تعذّرت قراءة الملف بصيغة {"\u2066"}CSV{"\u2069"}.
import-unknown-column = هذا العمود غير معروف. تحقّق من كتابته في قائمة الأعمدة.
import-missing-title = عمود العنوان (مثل {"\u2066"}title_ar{"\u2069"}) مطلوب.
import-bad-row = عدد أعمدة هذا الصف لا يطابق صف العناوين.
import-empty = لا يحتوي الملف على صفوف للاستيراد.
