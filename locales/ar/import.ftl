# Importing commitments and projects from CSV.
import-title = استيراد من جدول بيانات
import-intro = ارفع ملف CSV للالتزامات أو المشاريع. يُفحص كل صف أولًا: إن كان في صف مشكلة فلا يُحفظ شيء وتُذكر كل مشكلة مع سطرها وعمودها.
import-problems = { $count ->
    [one] مشكلة واحدة: لم يُستورد شيء
   *[other] { $count } مشكلات: لم يُستورد شيء
}
import-line = السطر
import-column = العمود
import-problem = المشكلة
import-kind = محتوى الملف
import-file = ملف CSV
import-hint = بترميز UTF-8 مع صف عناوين: title_en وtitle_ar … وdepartment وdue_date وthemes وsdgs (قوائم مفصولة بـ ;). يسرد ملف README كل الأعمدة.
import-submit = افحص واستورد
import-not-utf8 = الملف ليس نصًا بترميز UTF-8. احفظه بصيغة «CSV UTF-8» وحاول مجددًا.
import-unreadable = تعذّرت قراءة الملف بصيغة CSV.
import-unknown-column = هذا العمود غير معروف. تحقّق من كتابته في قائمة الأعمدة.
import-missing-title = عمود العنوان (مثل title_ar) مطلوب.
import-bad-row = عدد أعمدة هذا الصف لا يطابق صف العناوين.
import-empty = لا يحتوي الملف على صفوف للاستيراد.
