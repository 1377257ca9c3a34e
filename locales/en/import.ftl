# Importing commitments and projects from CSV.
import-title = Import from a spreadsheet
import-intro = Upload a CSV file of commitments or projects. Every row is checked first: if one row has a problem, nothing is stored and each problem is listed with its line and column.
import-problems = { $count ->
    [one] { $count } problem: nothing was imported
   *[other] { $count } problems: nothing was imported
}
import-line = Line
import-column = Column
import-problem = Problem
import-kind = What the file holds
import-file = CSV file
import-hint = UTF-8, with a header row: title_en, title_fr, … department, due_date, themes, sdgs (lists separated by ;). The README lists every column.
import-submit = Check and import
import-not-utf8 = The file is not UTF-8 text. Save it as “CSV UTF-8” and try again.
import-unreadable = The file could not be read as CSV.
import-unknown-column = This column is not known. Check its spelling against the list of columns.
import-missing-title = A title column (for example title_en) is required.
import-bad-row = This row does not have the same number of columns as the header.
import-empty = The file has no rows to import.
