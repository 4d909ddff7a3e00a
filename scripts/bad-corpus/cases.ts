/**
 * The bad-input corpus as a table: how each file is made and what a user must see for it. The
 * expectations are written by hand from FORMS.md/CLI.md (not recorded from a run): either one Russian
 * error line with exit status 2, or the issues check reports (rule, cell, severity) and its exit status.
 */
import { Cell, SheetSpec, oleContainer, randomBytes, xlsx } from "./book";
import { COL, PEOPLE, SCHOOL, courseRows, courses, roster, rosterRows, rosterWith, utc } from "./data";

export interface IssueExpectation {
  readonly rule: string;
  readonly cell?: string;
  readonly sheet?: string;
  readonly severity?: "error" | "warning";
}

export type Expected =
  /** The file cannot be opened: one line on stderr naming the file and containing `says`; exit 2. */
  | { readonly outcome: "openError"; readonly says: string }
  /** Opened, but no sheet is a standard form: one line on stderr; exit 2. */
  | { readonly outcome: "unrecognised" }
  | {
      readonly outcome: "checked";
      readonly exit: 0 | 1;
      /** Recognised forms in sheet order. */
      readonly forms: readonly string[];
      /** The exact set of rule ids reported (order-free). */
      readonly rules: readonly string[];
      /** Issues that must be present (at these cells). */
      readonly issues?: readonly IssueExpectation[];
    };

export interface BadCase {
  /** File name under test/fixtures/bad/ (always .xlsx: that is what users send). */
  readonly file: string;
  readonly what: string;
  readonly build: () => Promise<Buffer> | Buffer;
  readonly expected: Expected;
}

const clean = (forms: readonly string[] = ["roster", "courses"]): Expected => ({ outcome: "checked", exit: 0, forms, rules: [] });
const RC: readonly string[] = ["roster", "courses"];
const books = (...sheets: SheetSpec[]) => () => xlsx(sheets);
const rc = (rosterSheet: SheetSpec = roster(), coursesSheet: SheetSpec = courses()) => books(rosterSheet, coursesSheet);
const oneRosterChange = (row: number, field: keyof typeof COL, v: Cell) => rc(roster(rosterWith({ [row]: { [field]: v } })));
const utf8 = (s: string) => () => Buffer.from(s, "utf8");

const openErrors: BadCase[] = [
  { file: "open-empty-0-bytes.xlsx", what: "файл 0 байт", build: () => Buffer.alloc(0), expected: { outcome: "openError", says: "файл пустой" } },
  { file: "open-random-bytes.xlsx", what: "случайные байты", build: () => randomBytes(4096, 1), expected: { outcome: "openError", says: "это не книга Excel" } },
  { file: "open-csv-renamed.xlsx", what: "CSV с расширением .xlsx", build: utf8(`ОО;ФИО;Должность\n${SCHOOL};${PEOPLE[0]};учитель\n`), expected: { outcome: "openError", says: "CSV" } },
  { file: "open-csv-cp1251-like.xlsx", what: "CSV в 8-битной кодировке", build: () => Buffer.from([0xce, 0xce, 0x3b, 0xd4, 0xc8, 0xce, 0x0d, 0x0a, 0x31, 0x3b, 0x32]), expected: { outcome: "openError", says: "это не книга Excel" } },
  { file: "open-text-renamed.xlsx", what: "текстовый файл", build: utf8("Отчёт школы за 2023/2024 учебный год\nсм. вложение\n"), expected: { outcome: "openError", says: "это не книга Excel" } },
  { file: "open-html-renamed.xlsx", what: "HTML-таблица, сохранённая как .xlsx (выгрузка из веб-системы)", build: utf8("<html><body><table><tr><td>ФИО</td></tr><tr><td>Иванова</td></tr></table></body></html>"), expected: { outcome: "openError", says: "это не книга Excel" } },
  { file: "open-xml2003-renamed.xlsx", what: "Таблица XML 2003 с расширением .xlsx", build: utf8(`<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="Лист1"/></Workbook>`), expected: { outcome: "openError", says: "это не книга Excel" } },
  { file: "open-pdf-renamed.xlsx", what: "PDF с расширением .xlsx", build: utf8("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"), expected: { outcome: "openError", says: "это не книга Excel" } },
  { file: "open-png-renamed.xlsx", what: "картинка PNG с расширением .xlsx", build: () => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(256, 2)]), expected: { outcome: "openError", says: "это не книга Excel" } },
  { file: "open-xls-ole.xlsx", what: "старый .xls (OLE) с расширением .xlsx", build: () => oleContainer(["Workbook", "\u0005SummaryInformation"]), expected: { outcome: "openError", says: ".xls старого формата" } },
  { file: "open-encrypted.xlsx", what: "книга, защищённая паролем (OLE с потоками EncryptionInfo и EncryptedPackage)", build: () => oleContainer(["EncryptionInfo", "EncryptedPackage", "\u0006DataSpaces"]), expected: { outcome: "openError", says: "защищён паролем" } },
  { file: "open-docx-renamed.xlsx", what: "документ Word (zip без xl/workbook.xml)", build: async () => zipOf({ "[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>" }), expected: { outcome: "openError", says: "это не книга Excel" } },
  { file: "open-zip-of-photos.xlsx", what: "zip-архив с чем угодно", build: async () => zipOf({ "фото.jpg": randomBytes(300, 3) }), expected: { outcome: "openError", says: "это не книга Excel" } },
  { file: "open-empty-zip.xlsx", what: "пустой zip-архив", build: () => Buffer.from([0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0)]), expected: { outcome: "openError", says: "это не книга Excel" } },
  { file: "open-truncated.xlsx", what: "книга, оборванная на середине (недокачана)", build: async () => { const b = await xlsx([roster()]); return b.subarray(0, Math.floor(b.length / 2)); }, expected: { outcome: "openError", says: "повреждён" } },
  { file: "open-zip-magic-garbage.xlsx", what: "сигнатура zip и мусор за ней", build: () => Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), randomBytes(2000, 4)]), expected: { outcome: "openError", says: "повреждён" } },
  { file: "open-broken-sheet-xml.xlsx", what: "книга с испорченным XML листа", build: async () => breakEntry(await xlsx([roster()]), "xl/worksheets/sheet1.xml", "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0"), expected: { outcome: "openError", says: "повреждён" } },
];

const unrecognised: BadCase[] = [
  { file: "wb-no-sheets.xlsx", what: "книга без листов", build: books(), expected: { outcome: "unrecognised" } },
  { file: "wb-one-empty-sheet.xlsx", what: "один пустой лист", build: books({ name: "Лист1", rows: [] }), expected: { outcome: "unrecognised" } },
  { file: "wb-word-paste.xlsx", what: "текст из Word, вставленный в один столбец", build: books({ name: "Лист1", rows: [["Отчёт о методической работе"], ["В 2023/2024 учебном году педагоги школы прошли курсы повышения квалификации."], [""], ["Иванова Анна Петровна — курсы «Обновлённые ФГОС», 36 часов."], ["Петров Пётр Ильич — участие в конкурсе «Учитель года»."]] }), expected: { outcome: "unrecognised" } },
  { file: "wb-only-spaces.xlsx", what: "строки только из пробелов", build: books({ name: "Лист1", rows: [["   ", " ", "\u00a0"], ["  "], ["\t", "   "]] }), expected: { outcome: "unrecognised" } },
  { file: "wb-numbers-only.xlsx", what: "таблица чисел без заголовков", build: books({ name: "Лист1", rows: Array.from({ length: 20 }, (_, r) => Array.from({ length: 6 }, (_, c) => r * 6 + c)) }), expected: { outcome: "unrecognised" } },
  { file: "wb-single-cell.xlsx", what: "одна ячейка «ФИО»", build: books({ name: "Лист1", rows: [["ФИО"]] }), expected: { outcome: "unrecognised" } },
  { file: "wb-header-row-40.xlsx", what: "заголовок сверки ниже 30-й строки", build: books(roster(rosterRows(), { startRow: 40 })), expected: { outcome: "unrecognised" } },
  { file: "wb-errors-only.xlsx", what: "лист из одних ошибок Excel", build: books({ name: "Лист1", rows: [[{ error: "#N/A" }, { error: "#REF!" }], [{ error: "#DIV/0!" }, { error: "#VALUE!" }]] as Cell[][] }), expected: { outcome: "unrecognised" } },
];

/** Roster columns without a given field (for missing-column cases). */
function rosterWithout(field: keyof typeof COL): Cell[][] {
  const idx = Object.keys(COL).indexOf(field);
  return rosterRows().map((r) => r.filter((_, i) => i !== idx));
}

const structure: BadCase[] = [
  { file: "st-clean.xlsx", what: "чистая основа (контроль: ни одного замечания)", build: rc(), expected: clean() },
  { file: "st-headers-only.xlsx", what: "только строка заголовков", build: books(roster([rosterRows()[0]])), expected: { outcome: "checked", exit: 0, forms: ["roster"], rules: ["sheet.empty"], issues: [{ rule: "sheet.empty", cell: "A2", severity: "warning" }] } },
  {
    file: "st-headers-only-merged.xlsx", what: "двухстрочная шапка с объединёнными блоками, без данных",
    build: books({ name: "Сверка кадров", rows: [["Образовательная организация", "ФИО", "Дата рождения", "Должность", "Стаж (лет)", null, "Квалификационная категория"], [null, null, null, null, "педагогический", "общий", null]], merges: ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:F1", "G1:G2"] }),
    expected: { outcome: "checked", exit: 0, forms: ["roster"], rules: ["sheet.empty"], issues: [{ rule: "sheet.empty", cell: "A3" }] },
  },
  {
    file: "st-header-row-25.xlsx", what: "заголовок в 25-й строке под шапкой письма; ошибка в 27-й",
    build: books({ ...roster(rosterWith({ 1: { teachingExperience: "много" } }), { startRow: 25 }), cells: { A1: "Приложение 1 к письму ИМЦ", A3: "Сверка педагогических кадров МБОУ СОШ № 1", A5: "на 01.06.2024" } }, courses()),
    expected: { outcome: "checked", exit: 1, forms: RC, rules: ["type.number"], issues: [{ rule: "type.number", cell: "I27", sheet: "Сверка кадров", severity: "error" }] },
  },
  {
    file: "st-duplicate-headers.xlsx", what: "два столбца «ФИО» (второй — пустой дубль): берётся первый",
    build: rc(roster(rosterRows().map((r, i) => [...r.slice(0, 2), i === 0 ? "ФИО" : null, ...r.slice(2)]))),
    expected: clean(),
  },
  { file: "st-missing-position.xlsx", what: "нет обязательного столбца «Должность»", build: rc(roster(rosterWithout("position"))), expected: { outcome: "checked", exit: 1, forms: RC, rules: ["sheet.columnMissing", "sheet.weakMatch"], issues: [{ rule: "sheet.columnMissing", cell: "A1", severity: "error" }] } },
  { file: "st-columns-shuffled.xlsx", what: "столбцы в другом порядке", build: rc(roster(rosterRows().map((r) => [...r].reverse()))), expected: clean() },
  { file: "st-extra-columns.xlsx", what: "лишние столбцы «Примечание», «Телефон»", build: rc(roster(rosterRows().map((r, i) => [...r, i === 0 ? "Примечание" : "—", i === 0 ? "Телефон" : "+7 900 000-00-00"]))), expected: clean() },
  { file: "st-blank-rows-between.xlsx", what: "пустые строки между записями", build: rc(roster(rosterRows().flatMap((r, i) => (i === 0 ? [r] : [r, [], []])))), expected: clean() },
  { file: "st-rows-of-spaces-between.xlsx", what: "строки из одних пробелов между записями", build: rc(roster(rosterRows().flatMap((r, i) => (i === 0 ? [r] : [r, ["  ", " ", "\u00a0"]])))), expected: clean() },
  {
    // Excel shows the school on every row of the block, but only its top cell holds a value: the rows
    // below are reported as empty, each at its own cell, rather than silently given a school.
    file: "st-merged-school-column.xlsx", what: "ОО объединена по вертикали на все строки",
    build: rc(roster(rosterWith({ 1: { school: null }, 2: { school: null }, 3: { school: null } }), { merges: ["A2:A5"] })),
    // A merged block's value belongs to every row of the block, as a person reads it (regression: rows below the top lost their school).
    expected: clean(),
  },
  { file: "st-merged-data-cells-row.xlsx", what: "объединены ячейки стажа в одной строке", build: rc(roster(rosterWith({ 0: { totalExperience: null } }), { merges: ["I2:J2"] })), expected: clean() },
  { file: "st-hidden-rows-cols.xlsx", what: "скрытые строки и столбцы с данными (данные читаются)", build: rc(roster(rosterWith({ 2: { teachingExperience: "много" } }), { hiddenRows: [4], hiddenColumns: [9] })), expected: { outcome: "checked", exit: 1, forms: RC, rules: ["type.number"], issues: [{ rule: "type.number", cell: "I4" }] } },
  { file: "st-hidden-sheet.xlsx", what: "скрытый лист с КПК (данные читаются, скрытость названа)", build: rc(roster(), courses(courseRows(), { state: "hidden" })), expected: { outcome: "checked", exit: 0, forms: RC, rules: ["sheet.hidden"] } },
  { file: "st-very-hidden-sheet.xlsx", what: "«очень скрытый» лист с заметками", build: books(roster(), courses(), { name: "служебный", rows: [["пароль от почты не храните здесь"]], state: "veryHidden" }), expected: clean() },
  { file: "st-protected-sheets.xlsx", what: "защищённые листы (защита листа ExcelJS)", build: rc(roster(rosterRows(), { protect: true }), courses(courseRows(), { protect: true })), expected: clean() },
  { file: "st-50-sheets.xlsx", what: "книга из 50 листов (48 пустых или с заметками)", build: books(...Array.from({ length: 48 }, (_, i) => ({ name: `Лист${i + 1}`, rows: i % 3 === 0 ? [[`заметка ${i}`]] : [] })), roster(), courses()), expected: clean() },
  { file: "st-far-away-cell.xlsx", what: "одна ячейка далеко (XFD1048576)", build: rc(roster(rosterRows(), { cells: { XFD1048576: "конец" } })), expected: clean() },
  { file: "st-sheet-names-odd.xlsx", what: "листы с именами из апострофов, пробелов и символов", build: books({ ...roster(), name: "Сверка 'кадров' (2)" }, { ...courses(), name: " КПК & ДПО " }), expected: clean() },
  { file: "st-title-merged-above.xlsx", what: "объединённый заголовок-название над таблицей", build: rc({ ...roster(rosterRows(), { startRow: 3 }), cells: { A1: "Сверка педагогических кадров" }, merges: ["A1:N1"] }), expected: clean() },
  { file: "st-totals-row.xlsx", what: "строка «Итого» в конце таблицы не считается работником", build: rc(roster([...rosterRows(), ["Итого", null, null, null, null, null, null, null, 65, 74]])), expected: clean() },
  { file: "st-output-sheet-names.xlsx", what: "пользовательские листы с именами выходных листов Методиста", build: books(roster(), courses(), { name: "Показатели", rows: [["Мои заметки о показателях"]] }, { name: "Проверка данных", rows: [["не трогать"]] }), expected: clean() },
];

/** One wrong cell per field type: the rule and the cell a user must be sent to. */
const wrongType = (file: string, what: string, row: number, field: keyof typeof COL, v: Cell, rule: string, severity: "error" | "warning" = "error"): BadCase => ({
  file, what, build: oneRosterChange(row, field, v),
  expected: { outcome: "checked", exit: severity === "error" ? 1 : 0, forms: RC, rules: [rule], issues: [{ rule, cell: `${COL[field]}${row + 2}`, severity, sheet: "Сверка кадров" }] },
});

const types: BadCase[] = [
  wrongType("ty-date-is-word.xlsx", "дата рождения словом «давно»", 0, "birthDate", "давно", "type.date"),
  wrongType("ty-date-is-bool.xlsx", "дата присвоения категории — ИСТИНА", 1, "categoryDate", true, "type.date"),
  wrongType("ty-number-is-word.xlsx", "стаж «много»", 2, "teachingExperience", "много", "type.number"),
  wrongType("ty-number-is-date.xlsx", "нагрузка — дата", 3, "weeklyLoad", utc(2024, 1, 1), "type.number"),
  wrongType("ty-bool-is-word.xlsx", "пед. образование «может быть»", 0, "pedagogicalEducation", "может быть", "type.bool"),
  wrongType("ty-bool-is-number.xlsx", "пед. образование 7", 1, "pedagogicalEducation", 7, "type.bool"),
  wrongType("ty-enum-unknown.xlsx", "категория «лучшая»", 2, "qualificationCategory", "лучшая", "type.enum"),
  wrongType("ty-enum-is-number.xlsx", "уровень образования 5", 3, "educationLevel", 5, "type.enum"),
  wrongType("ty-employment-unknown.xlsx", "условия работы «полставки»", 0, "employment", "полставки", "type.enum"),
  {
    file: "ty-every-field-wrong.xlsx", what: "в одной строке все поля неверного типа",
    build: rc(roster(rosterWith({ 1: { birthDate: "в прошлом веке", subjects: 12, educationLevel: "аспирантура", pedagogicalEducation: "наверное", educationMatchesSubject: utc(2020, 1, 1), teachingExperience: "десять", totalExperience: "двенадцать", qualificationCategory: "нет такой", categoryDate: "недавно", employment: "по договору", weeklyLoad: "полная" } }))),
    expected: {
      outcome: "checked", exit: 1, forms: RC, rules: ["type.date", "type.enum", "type.bool", "type.number"],
      issues: [
        { rule: "type.date", cell: "C3" }, { rule: "type.enum", cell: "F3" }, { rule: "type.bool", cell: "G3" }, { rule: "type.bool", cell: "H3" },
        { rule: "type.number", cell: "I3" }, { rule: "type.number", cell: "J3" }, { rule: "type.enum", cell: "K3" }, { rule: "type.date", cell: "L3" },
        { rule: "type.enum", cell: "M3" }, { rule: "type.number", cell: "N3" },
      ],
    },
  },
  {
    file: "ty-courses-wrong.xlsx", what: "КПК: часы словом, даты перепутаны с текстом, вид обучения неизвестен",
    build: rc(roster(), courses([...courseRows().slice(0, 2), [SCHOOL, PEOPLE[1], "Цифровая образовательная среда", "самообразование", "семьдесят два", "январь", "февраль 2024"]])),
    expected: { outcome: "checked", exit: 1, forms: RC, rules: ["type.enum", "type.number", "type.date"], issues: [{ rule: "type.enum", cell: "D3", sheet: "КПК" }, { rule: "type.number", cell: "E3", sheet: "КПК" }, { rule: "type.date", cell: "F3", sheet: "КПК" }, { rule: "type.date", cell: "G3", sheet: "КПК" }] },
  },
  { file: "ty-numbers-as-text.xlsx", what: "числа текстом «20», «22,5»", build: rc(roster(rosterWith({ 0: { teachingExperience: "20", totalExperience: "22,5", weeklyLoad: " 18 " } }))), expected: clean() },
  { file: "ty-bools-variants.xlsx", what: "да/нет в разных написаниях (+, 1, есть, ДА, v)", build: rc(roster(rosterWith({ 0: { pedagogicalEducation: "+" }, 1: { pedagogicalEducation: 1 }, 2: { pedagogicalEducation: "есть" }, 3: { pedagogicalEducation: "ДА", educationMatchesSubject: true } }))), expected: clean() },
  { file: "ty-enum-abbreviations.xlsx", what: "категории сокращениями (ВКК, 1КК, б/к)", build: rc(roster(rosterWith({ 0: { qualificationCategory: "ВКК" }, 1: { qualificationCategory: "1КК" }, 2: { qualificationCategory: "Высшая " }, 3: { qualificationCategory: "б/к" } }))), expected: clean() },
];

/** Excel error values where data should be. */
const errorCase = (file: string, what: string, row: number, field: keyof typeof COL, v: Cell): BadCase => ({
  file, what, build: oneRosterChange(row, field, v),
  expected: { outcome: "checked", exit: 1, forms: RC, rules: ["cell.error"], issues: [{ rule: "cell.error", cell: `${COL[field]}${row + 2}`, severity: "error" }] },
});

const errors: BadCase[] = [
  errorCase("er-na-in-date.xlsx", "#Н/Д в дате рождения", 0, "birthDate", { error: "#N/A" } as Cell),
  errorCase("er-div0-in-number.xlsx", "#ДЕЛ/0! в стаже", 1, "teachingExperience", { error: "#DIV/0!" } as Cell),
  errorCase("er-value-in-enum.xlsx", "#ЗНАЧ! в категории", 2, "qualificationCategory", { error: "#VALUE!" } as Cell),
  errorCase("er-ref-in-bool.xlsx", "#ССЫЛКА! в пед. образовании", 3, "pedagogicalEducation", { error: "#REF!" } as Cell),
  errorCase("er-formula-cached-na.xlsx", "формула ВПР с кэшированным #Н/Д в дате категории", 0, "categoryDate", { formula: "VLOOKUP(B2,Справочник!A:B,2,0)", result: { error: "#N/A" } } as Cell),
  errorCase("er-formula-cached-div0.xlsx", "формула стажа с кэшированным #ДЕЛ/0!", 1, "totalExperience", { formula: "I3/0", result: { error: "#DIV/0!" } } as Cell),
  {
    file: "er-in-name.xlsx", what: "#ИМЯ? вместо ФИО", build: oneRosterChange(2, "fullName", { error: "#NAME?" } as Cell),
    expected: { outcome: "checked", exit: 1, forms: RC, rules: ["cell.error"], issues: [{ rule: "cell.error", cell: "B4" }] },
  },
  { file: "er-formulas-with-good-results.xlsx", what: "формулы с нормальными кэшированными значениями", build: rc(roster(rosterWith({ 0: { totalExperience: { formula: "I2+2", result: 22 } as Cell, fullName: { formula: "\"Иванова Анна \"&\"Петровна\"", result: PEOPLE[0] } as Cell } }))), expected: clean() },
];

/** Dates typed as text: the formats FORMS.md accepts give no issue. */
const textDate = (file: string, what: string, text: string): BadCase => ({ file, what, build: oneRosterChange(0, "birthDate", text), expected: clean() });

const dates: BadCase[] = [
  textDate("dt-text-dd.mm.yyyy.xlsx", "дата текстом 12.03.1980", "12.03.1980"),
  textDate("dt-text-iso.xlsx", "дата текстом 1980-03-12", "1980-03-12"),
  textDate("dt-text-dd.mm.yy.xlsx", "дата текстом 12.03.80", "12.03.80"),
  textDate("dt-text-slashes.xlsx", "дата текстом 12/03/1980", "12/03/1980"),
  textDate("dt-text-spaces.xlsx", "дата текстом с пробелами « 12.03.1980 г.»", " 12.03.1980 г."),
  textDate("dt-text-words.xlsx", "дата словами «12 марта 1980 г.»", "12 марта 1980 г."),
  textDate("dt-serial-number.xlsx", "дата серийным числом Excel 29292", 29292 as unknown as string),
  wrongType("dt-impossible-31-feb.xlsx", "несуществующая дата 31.02.2023 в дате категории", 1, "categoryDate", "31.02.2023", "type.date"),
  wrongType("dt-impossible-29-feb-2023.xlsx", "29.02.2023 (год не високосный)", 1, "categoryDate", "29.02.2023", "type.date"),
  wrongType("dt-impossible-month-13.xlsx", "месяц 13: 12.13.1980", 0, "birthDate", "12.13.1980", "type.date"),
  wrongType("dt-impossible-day-0.xlsx", "день 0: 00.01.1980", 0, "birthDate", "00.01.1980", "type.date"),
  { file: "dt-leap-day-ok.xlsx", what: "29.02.2024 — существует", build: oneRosterChange(1, "categoryDate", "29.02.2024"), expected: clean() },
  wrongType("dt-category-future.xlsx", "дата присвоения категории в 2030 году", 1, "categoryDate", utc(2030, 5, 1), "date.future"),
  {
    file: "dt-birth-future.xlsx", what: "дата рождения в будущем", build: oneRosterChange(2, "birthDate", utc(2031, 1, 1)),
    // Only the date: no age is derived from it, so no follow-up «стаж … при возрасте −7 лет».
    expected: { outcome: "checked", exit: 1, forms: RC, rules: ["date.range"], issues: [{ rule: "date.range", cell: "C4" }] },
  },
  {
    file: "dt-birth-1850.xlsx", what: "дата рождения 1850 года", build: oneRosterChange(2, "birthDate", utc(1850, 1, 1)),
    expected: { outcome: "checked", exit: 1, forms: RC, rules: ["type.date"], issues: [{ rule: "type.date", cell: "C4" }] },
  },
  {
    file: "dt-course-end-future.xlsx", what: "КПК окончены в будущем (после сегодняшней даты)",
    build: rc(roster(), courses([...courseRows().slice(0, 2), [SCHOOL, PEOPLE[1], "Цифровая образовательная среда", "повышение квалификации", 72, utc(2024, 1, 15), utc(2029, 2, 20)]])),
    expected: { outcome: "checked", exit: 1, forms: RC, rules: ["date.future"], issues: [{ rule: "date.future", cell: "G3", sheet: "КПК" }] },
  },
  {
    file: "dt-course-end-before-start.xlsx", what: "КПК: окончание раньше начала",
    build: rc(roster(), courses([...courseRows().slice(0, 2), [SCHOOL, PEOPLE[1], "Цифровая образовательная среда", "повышение квалификации", 72, utc(2024, 2, 20), utc(2024, 1, 15)]])),
    expected: { outcome: "checked", exit: 1, forms: RC, rules: ["courses.dates.order"], issues: [{ rule: "courses.dates.order", sheet: "КПК" }] },
  },
];

const numbers: BadCase[] = [
  wrongType("nm-negative-experience.xlsx", "отрицательный стаж", 0, "teachingExperience", -5, "number.range"),
  wrongType("nm-huge-experience.xlsx", "стаж 1e12", 1, "totalExperience", 1e12, "number.range"),
  wrongType("nm-huge-load.xlsx", "нагрузка 9 999 999 часов", 2, "weeklyLoad", 9999999, "number.range"),
  wrongType("nm-negative-load.xlsx", "нагрузка −18", 3, "weeklyLoad", -18, "number.range"),
  { file: "nm-fraction-experience.xlsx", what: "стаж дробный 7,5", build: oneRosterChange(1, "teachingExperience", 7.5), expected: clean() },
  {
    file: "nm-experience-order.xlsx", what: "пед. стаж больше общего", build: oneRosterChange(0, "teachingExperience", 30),
    expected: { outcome: "checked", exit: 1, forms: RC, rules: ["roster.experience.order"] },
  },
  {
    file: "nm-course-hours-huge.xlsx", what: "КПК на 1e15 часов",
    build: rc(roster(), courses([...courseRows().slice(0, 2), [SCHOOL, PEOPLE[1], "Цифровая образовательная среда", "повышение квалификации", 1e15, utc(2024, 1, 15), utc(2024, 2, 20)]])),
    expected: { outcome: "checked", exit: 1, forms: RC, rules: ["number.range"], issues: [{ rule: "number.range", cell: "E3", sheet: "КПК" }] },
  },
  {
    file: "nm-course-hours-zero.xlsx", what: "КПК на 0 часов",
    build: rc(roster(), courses([...courseRows().slice(0, 2), [SCHOOL, PEOPLE[1], "Цифровая образовательная среда", "повышение квалификации", 0, utc(2024, 1, 15), utc(2024, 2, 20)]])),
    expected: { outcome: "checked", exit: 1, forms: RC, rules: ["number.range"], issues: [{ rule: "number.range", cell: "E3", sheet: "КПК" }] },
  },
];

const NBSP = "\u00a0";
const ZW = "\u200b";
/** Latin a/o/e/c/p in place of Cyrillic ones. */
const latinised = (s: string) => s.replace(/а/g, "a").replace(/о/g, "o").replace(/е/g, "e").replace(/с/g, "c").replace(/р/g, "p");

const unicode: BadCase[] = [
  { file: "uc-nbsp-in-names.xlsx", what: "неразрывные пробелы в ФИО в сверке", build: oneRosterChange(0, "fullName", PEOPLE[0].replace(/ /g, NBSP)), expected: clean() },
  { file: "uc-zero-width-in-names.xlsx", what: "невидимые символы нулевой ширины в ФИО в КПК", build: rc(roster(), courses(courseRows().map((r, i) => (i === 1 ? [r[0], `${ZW}Иванова${ZW} Анна Петровна\u200d`, ...r.slice(2)] : r)))), expected: clean() },
  { file: "uc-latin-lookalikes-in-names.xlsx", what: "латинские буквы-двойники в ФИО в КПК", build: rc(roster(), courses(courseRows().map((r, i) => (i === 2 ? [r[0], latinised(PEOPLE[1]), ...r.slice(2)] : r)))), expected: clean() },
  { file: "uc-nbsp-in-headers.xlsx", what: "неразрывные пробелы и переносы строк в заголовках", build: rc(roster(rosterRows().map((r, i) => (i === 0 ? r.map((h) => String(h).replace(/ /g, NBSP)) : r)))), expected: clean() },
  { file: "uc-zero-width-in-headers.xlsx", what: "символы нулевой ширины в заголовках", build: rc(roster(rosterRows().map((r, i) => (i === 0 ? r.map((h) => `${ZW}${String(h)}\ufeff`) : r)))), expected: clean() },
  { file: "uc-latin-in-headers.xlsx", what: "латинские буквы-двойники в заголовках", build: rc(roster(rosterRows().map((r, i) => (i === 0 ? r.map((h) => latinised(String(h))) : r)))), expected: clean() },
  { file: "uc-yo-and-case.xlsx", what: "ё/е и РЕГИСТР в ФИО между листами", build: rc(roster(), courses(courseRows().map((r, i) => (i === 2 ? [r[0], "ПЕТРОВ ПЕТР ИЛЬИЧ", ...r.slice(2)] : r)))), expected: clean() },
  { file: "uc-linebreak-in-header.xlsx", what: "перенос строки внутри заголовка", build: rc(roster(rosterRows().map((r, i) => (i === 0 ? r.map((h) => String(h).replace(" ", "\n")) : r)))), expected: clean() },
  { file: "uc-emoji-in-name.xlsx", what: "эмодзи и символы вне BMP в должности", build: oneRosterChange(0, "position", "учитель 🍎𝕏"), expected: clean() },
  { file: "uc-school-variants.xlsx", what: "ОО написана по-разному в сверке и КПК (кавычки, пробелы)", build: rc(roster(), courses(courseRows().map((r, i) => (i === 1 ? ["МБОУ  СОШ №1", ...r.slice(1)] : r)))), expected: clean() },
];

const INJECTIONS = ["=1+1", "+79001234567", "-5 лет", "@SUM(A1:A2)", "=HYPERLINK(\"http://example.invalid\",\"жми\")", "=cmd|' /C calc'!A0"];

const injection: BadCase[] = [
  ...INJECTIONS.slice(0, 4).map((text, i): BadCase => ({
    file: `in-position-starts-${["eq", "plus", "minus", "at"][i]}.xlsx`, what: `должность начинается с «${text[0]}»: ${text}`,
    build: oneRosterChange(i, "position", text), expected: clean(),
  })),
  {
    file: "in-program-title-formulas.xlsx", what: "названия программ КПК — тексты-формулы (HYPERLINK, DDE)",
    build: rc(roster(), courses([...courseRows().slice(0, 2), [SCHOOL, PEOPLE[1], INJECTIONS[4], "повышение квалификации", 72, utc(2024, 1, 15), utc(2024, 2, 20)], [SCHOOL, PEOPLE[2], INJECTIONS[5], "повышение квалификации", 36, utc(2024, 3, 1), utc(2024, 3, 10)]])),
    expected: clean(),
  },
  {
    file: "in-school-starts-eq.xlsx", what: "название ОО «=ОО» во всех листах (попадает в сводные листы)",
    build: rc(roster(rosterRows().map((r, i) => (i === 0 ? r : ["=МБОУ СОШ № 1", ...r.slice(1)]))), courses(courseRows().map((r, i) => (i === 0 ? r : ["=МБОУ СОШ № 1", ...r.slice(1)])))),
    expected: clean(),
  },
  {
    file: "in-name-starts-eq.xlsx", what: "ФИО «=Иванова Анна Петровна»",
    build: oneRosterChange(0, "fullName", "=Иванова Анна Петровна"),
    expected: { outcome: "checked", exit: 0, forms: RC, rules: ["roster.fullName.format"], issues: [{ rule: "roster.fullName.format", cell: "B2", severity: "warning" }] },
  },
  {
    file: "in-subject-starts-minus.xlsx", what: "предмет «-математика»", build: oneRosterChange(0, "subjects", "-математика"), expected: clean(),
  },
];

/** 10 000 characters is the limit itself (allowed); Excel's own cell limit is 32 767. */
const LONG = "Очень длинный текст. ".repeat(500).slice(0, 10000);
const LONGEST = "Очень длинный текст. ".repeat(1600).slice(0, 32767);

const big: BadCase[] = [
  {
    file: "lg-10000-char-program.xlsx", what: "название программы 10 000 символов (ровно предел)",
    build: rc(roster(), courses([...courseRows().slice(0, 2), [SCHOOL, PEOPLE[1], LONG, "повышение квалификации", 72, utc(2024, 1, 15), utc(2024, 2, 20)]])),
    expected: clean(),
  },
  {
    file: "lg-32767-char-program.xlsx", what: "название программы 32 767 символов (предел ячейки Excel)",
    build: rc(roster(), courses([...courseRows().slice(0, 2), [SCHOOL, PEOPLE[1], LONGEST, "повышение квалификации", 72, utc(2024, 1, 15), utc(2024, 2, 20)]])),
    expected: { outcome: "checked", exit: 0, forms: RC, rules: ["text.tooLong"], issues: [{ rule: "text.tooLong", cell: "C3", sheet: "КПК", severity: "warning" }] },
  },
  {
    file: "lg-10000-char-name.xlsx", what: "ФИО 10 000 символов", build: oneRosterChange(3, "fullName", LONG),
    expected: { outcome: "checked", exit: 0, forms: RC, rules: ["roster.fullName.format"], issues: [{ rule: "roster.fullName.format", cell: "B5", severity: "warning" }] },
  },
  { file: "lg-10000-char-header.xlsx", what: "лишний столбец с заголовком 10 000 символов", build: rc(roster(rosterRows().map((r, i) => [...r, i === 0 ? LONG : "x"]))), expected: clean() },
  { file: "lg-10000-char-note-sheet.xlsx", what: "лист-пояснение с ячейкой 10 000 символов", build: books(roster(), courses(), { name: "Пояснения", rows: [[LONG]] }), expected: clean() },
];

const rich: BadCase[] = [
  {
    file: "rt-rich-text-cells.xlsx", what: "форматированный текст (жирный, курсив) в ФИО и заголовках",
    build: rc(roster(rosterRows().map((r, i) => (i === 0 ? [{ richText: [{ text: "Образовательная " , font: { bold: true } }, { text: "организация" }] }, ...r.slice(1)] : i === 1 ? [r[0], { richText: [{ text: "Иванова", font: { bold: true } }, { text: " Анна Петровна", font: { italic: true } }] }, ...r.slice(2)] : r)) as Cell[][])),
    expected: clean(),
  },
  {
    file: "rt-hyperlink-cells.xlsx", what: "ссылки в ячейках ОО и ФИО",
    build: rc(roster(rosterRows().map((r, i) => (i === 0 ? r : [{ text: SCHOOL, hyperlink: "https://school1.example.invalid" }, ...r.slice(1)])) as Cell[][])),
    expected: clean(),
  },
  {
    file: "rt-shared-formulas.xlsx", what: "общий стаж как общая формула с результатами",
    build: rc(roster(rosterRows().map((r, i) => (i === 0 ? r : [...r.slice(0, 9), { formula: `I${i + 1}+2`, result: Number(r[8]) + 2 }, ...r.slice(10)])) as Cell[][])),
    expected: clean(),
  },
  {
    file: "rt-duplicate-person.xlsx", what: "один работник дважды в сверке",
    build: rc(roster([...rosterRows(), rosterRows()[1]])),
    expected: { outcome: "checked", exit: 1, forms: RC, rules: ["roster.duplicate"] },
  },
  {
    file: "rt-unmatched-course-person.xlsx", what: "в КПК человек, которого нет в сверке",
    build: rc(roster(), courses([...courseRows(), [SCHOOL, "Неизвестнова Ольга Игоревна", "Цифровая образовательная среда", "повышение квалификации", 72, utc(2024, 1, 15), utc(2024, 2, 20)]])),
    expected: { outcome: "checked", exit: 1, forms: RC, rules: ["person.unmatched"], issues: [{ rule: "person.unmatched", sheet: "КПК", cell: "B4", severity: "error" }] },
  },
];

export const CASES: readonly BadCase[] = [...openErrors, ...unrecognised, ...structure, ...types, ...errors, ...dates, ...numbers, ...unicode, ...injection, ...big, ...rich];

async function zipOf(entries: Record<string, string | Buffer>): Promise<Buffer> {
  const { default: JSZip } = await import("jszip");
  const { FIXED_DATE } = await import("./book");
  const z = new JSZip();
  for (const [name, data] of Object.entries(entries)) z.file(name, data, { date: FIXED_DATE, createFolders: false });
  return z.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

async function breakEntry(buf: Buffer, entry: string, text: string): Promise<Buffer> {
  const { default: JSZip } = await import("jszip");
  const { FIXED_DATE } = await import("./book");
  const z = await JSZip.loadAsync(buf);
  z.file(entry, text, { date: FIXED_DATE, createFolders: false });
  return z.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
