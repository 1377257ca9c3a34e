# Importing commitments and projects from CSV.
import-title = 从电子表格导入
import-intro = 上传承诺或项目的 CSV 文件。系统会先检查每一行：只要有一行有问题，就不保存任何内容，并列出每个问题所在的行和列。
import-problems = { $count ->
   *[other] { $count } 个问题：未导入任何内容
}
import-line = 行
import-column = 列
import-problem = 问题
import-kind = 文件内容
import-file = CSV 文件
import-hint = UTF-8 编码，带表头行：title_en、title_zh……department、due_date、themes、sdgs（列表以 ; 分隔）。README 列出了所有列。
import-submit = 检查并导入
import-not-utf8 = 该文件不是 UTF-8 文本。请另存为“CSV UTF-8”后重试。
import-unreadable = 无法将该文件读取为 CSV。
import-unknown-column = 无法识别此列。请对照列清单检查拼写。
import-missing-title = 必须有标题列（例如 title_zh）。
import-bad-row = 此行的列数与表头不一致。
import-empty = 文件中没有可导入的行。
