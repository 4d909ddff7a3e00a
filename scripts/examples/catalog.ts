/**
 * The example municipality, shaped like seed 001 (г. Алапаевск, Свердловская область): 757 workers —
 * ДОО 337, ОО 374, ДО 46 — in twelve organisations, and the courses, contests and diagnostics their
 * staff really take (ИРО/ЦНППМ, Академия Минпросвещения, «Учитель года», «Педагогический дебют»…).
 */
export type OrgType = "ДОО" | "ОО" | "ДО";

export interface SchoolDef {
  readonly name: string;
  readonly orgType: OrgType;
  /** Distinct workers whose main job is here. */
  readonly staff: number;
  readonly lowResults: boolean;
  readonly hardConditions: boolean;
  readonly mentoringModel: boolean;
  readonly internshipSite: boolean;
  /** Share of staff rates that are vacant (seed 001: a 16,7 % deficit overall). */
  readonly vacancy: number;
}

export const SCHOOLS: readonly SchoolDef[] = [
  { name: "МАДОУ Детский сад № 5", orgType: "ДОО", staff: 68, lowResults: false, hardConditions: false, mentoringModel: true, internshipSite: true, vacancy: 0.06 },
  { name: "МАДОУ Детский сад № 8", orgType: "ДОО", staff: 62, lowResults: false, hardConditions: false, mentoringModel: true, internshipSite: false, vacancy: 0.1 },
  { name: "МАДОУ Детский сад № 17", orgType: "ДОО", staff: 55, lowResults: false, hardConditions: false, mentoringModel: false, internshipSite: false, vacancy: 0.12 },
  { name: "МДОУ Детский сад № 25", orgType: "ДОО", staff: 58, lowResults: false, hardConditions: true, mentoringModel: true, internshipSite: false, vacancy: 0.15 },
  { name: "МАДОУ Детский сад № 40", orgType: "ДОО", staff: 50, lowResults: false, hardConditions: false, mentoringModel: false, internshipSite: false, vacancy: 0.08 },
  { name: "МДОУ Детский сад № 41", orgType: "ДОО", staff: 44, lowResults: false, hardConditions: false, mentoringModel: true, internshipSite: false, vacancy: 0.2 },
  { name: "МАОУ СОШ № 1", orgType: "ОО", staff: 96, lowResults: false, hardConditions: false, mentoringModel: true, internshipSite: true, vacancy: 0.12 },
  { name: "МОУ СОШ № 2", orgType: "ОО", staff: 80, lowResults: true, hardConditions: true, mentoringModel: true, internshipSite: false, vacancy: 0.22 },
  { name: "МБОУ СОШ № 3", orgType: "ОО", staff: 71, lowResults: false, hardConditions: false, mentoringModel: true, internshipSite: false, vacancy: 0.18 },
  { name: "МАОУ СОШ № 4", orgType: "ОО", staff: 85, lowResults: false, hardConditions: false, mentoringModel: true, internshipSite: true, vacancy: 0.14 },
  { name: "МОУ ООШ № 12", orgType: "ОО", staff: 42, lowResults: true, hardConditions: true, mentoringModel: false, internshipSite: false, vacancy: 0.25 },
  { name: "МАУ ДО ДДТ", orgType: "ДО", staff: 46, lowResults: false, hardConditions: false, mentoringModel: true, internshipSite: false, vacancy: 0.1 },
];

/** Leadership posts per organisation type (руководящие, seed 001 «управленческие кадры»). */
export const LEADERS: Readonly<Record<OrgType, readonly string[]>> = {
  ДОО: ["заведующий", "заместитель заведующего по воспитательной и методической работе", "заместитель заведующего"],
  ОО: [
    "директор",
    "заместитель директора по учебно-воспитательной работе",
    "заместитель директора по учебно-воспитательной работе",
    "заместитель директора по воспитательной работе",
    "заместитель директора по научно-методической работе",
    "заместитель директора по учебно-воспитательной работе",
    "руководитель структурного подразделения",
  ],
  ДО: ["директор", "заместитель директора по учебно-воспитательной работе", "заместитель директора по методической работе"],
};

/** Pedagogical posts other than the bulk one, with how many per organisation. */
export const SPECIALISTS: Readonly<Record<OrgType, readonly (readonly [string, number])[]>> = {
  ДОО: [["старший воспитатель", 1], ["музыкальный руководитель", 2], ["инструктор по физической культуре", 1], ["учитель-логопед", 2], ["педагог-психолог", 1]],
  ОО: [["педагог-психолог", 1], ["социальный педагог", 1], ["учитель-логопед", 1], ["педагог-организатор", 1], ["педагог-библиотекарь", 1], ["тьютор", 1]],
  ДО: [["методист", 2], ["педагог-организатор", 2], ["концертмейстер", 1]],
};

/** School subjects with how often a teacher teaches them (weights roughly follow the timetable). */
export const SUBJECTS: readonly (readonly [string, number])[] = [
  ["начальные классы", 22],
  ["русский язык, литература", 14],
  ["математика", 12],
  ["английский язык", 8],
  ["физическая культура", 6],
  ["история, обществознание", 6],
  ["биология", 3],
  ["химия", 3],
  ["физика", 3],
  ["информатика", 3],
  ["география", 3],
  ["труд (технология)", 3],
  ["изобразительное искусство", 2],
  ["музыка", 2],
  ["основы безопасности и защиты Родины", 2],
  ["немецкий язык", 1],
  ["математика, информатика", 2],
  ["биология, химия", 1],
];

export const DO_SUBJECTS = ["хореография", "вокал", "декоративно-прикладное творчество", "робототехника", "шахматы", "театральное искусство", "туризм и краеведение", "изобразительное искусство"];

export interface CourseDef {
  readonly title: string;
  readonly kind: "повышение квалификации" | "профессиональная переподготовка" | "стажировка" | "обучающее мероприятие";
  readonly hours: number;
  readonly provider: string;
  readonly federalRegistry: boolean;
  readonly topics: readonly string[];
  /** Who takes it: every worker, or staff of one organisation type, teachers, leaders. */
  readonly audience: "all" | "ДОО" | "ОО" | "ДО" | "УЧ" | "РК" | "STEM";
}

const IRO = "ГАОУ ДПО СО «Институт развития образования»";
const CNPPM = "ЦНППМ ГАОУ ДПО СО «ИРО»";
const ACADEMY = "ФГАОУ ДПО «Академия Минпросвещения России»";
const CIOV = "ООО «Центр инновационного образования и воспитания»";
const UC = "АНО ДПО «Уральский институт повышения квалификации и переподготовки»";

export const COURSES: readonly CourseDef[] = [
  { title: "Реализация требований обновлённых ФГОС НОО, ФГОС ООО в работе учителя", kind: "повышение квалификации", hours: 36, provider: ACADEMY, federalRegistry: true, topics: ["ФГОС"], audience: "УЧ" },
  { title: "Школа современного учителя. Развитие читательской грамотности", kind: "повышение квалификации", hours: 56, provider: ACADEMY, federalRegistry: true, topics: ["функциональная грамотность", "предметные и методические компетенции"], audience: "УЧ" },
  { title: "Формирование функциональной грамотности обучающихся на уроках", kind: "повышение квалификации", hours: 40, provider: IRO, federalRegistry: false, topics: ["функциональная грамотность"], audience: "УЧ" },
  { title: "Федеральная образовательная программа: содержание и механизмы реализации", kind: "повышение квалификации", hours: 24, provider: CNPPM, federalRegistry: false, topics: ["ФГОС"], audience: "ОО" },
  { title: "Цифровая образовательная среда: ФГИС «Моя школа» в работе педагога", kind: "повышение квалификации", hours: 36, provider: ACADEMY, federalRegistry: true, topics: ["цифровая образовательная среда"], audience: "all" },
  { title: "Подготовка экспертов предметных комиссий ОГЭ", kind: "повышение квалификации", hours: 24, provider: IRO, federalRegistry: false, topics: ["оценка качества образования"], audience: "УЧ" },
  { title: "Оценивание образовательных результатов обучающихся в условиях обновлённых ФГОС", kind: "повышение квалификации", hours: 36, provider: CNPPM, federalRegistry: false, topics: ["оценка качества образования", "ФГОС"], audience: "УЧ" },
  { title: "Инклюзивное образование обучающихся с ОВЗ в условиях реализации ФАОП", kind: "повышение квалификации", hours: 72, provider: IRO, federalRegistry: true, topics: ["инклюзивное образование/ОВЗ"], audience: "all" },
  { title: "Организация воспитательной работы в соответствии с федеральной рабочей программой воспитания", kind: "повышение квалификации", hours: 36, provider: ACADEMY, federalRegistry: true, topics: ["воспитание"], audience: "all" },
  { title: "Реализация профориентационного минимума в общеобразовательной организации", kind: "повышение квалификации", hours: 36, provider: IRO, federalRegistry: false, topics: ["профориентация"], audience: "ОО" },
  { title: "Выявление, поддержка и развитие способностей и талантов у детей и молодёжи", kind: "повышение квалификации", hours: 36, provider: CNPPM, federalRegistry: false, topics: ["одарённые дети"], audience: "all" },
  { title: "Реализация ФОП ДО в дошкольной образовательной организации", kind: "повышение квалификации", hours: 72, provider: IRO, federalRegistry: true, topics: ["дошкольное образование", "ФГОС"], audience: "ДОО" },
  { title: "Развитие речи детей дошкольного возраста в соответствии с ФОП ДО", kind: "повышение квалификации", hours: 36, provider: CIOV, federalRegistry: false, topics: ["дошкольное образование"], audience: "ДОО" },
  { title: "Технологическое образование: достижения российской науки и технологический суверенитет", kind: "повышение квалификации", hours: 36, provider: ACADEMY, federalRegistry: true, topics: ["технологический суверенитет", "предметные и методические компетенции"], audience: "STEM" },
  { title: "Школа современного учителя математики: достижения российской науки", kind: "повышение квалификации", hours: 60, provider: ACADEMY, federalRegistry: true, topics: ["предметные и методические компетенции"], audience: "STEM" },
  { title: "Управление общеобразовательной организацией в условиях обновлённых ФГОС", kind: "повышение квалификации", hours: 72, provider: IRO, federalRegistry: false, topics: ["управление", "ФГОС"], audience: "РК" },
  { title: "Школа Минпросвещения России: новые возможности для повышения качества образования", kind: "повышение квалификации", hours: 48, provider: ACADEMY, federalRegistry: true, topics: ["управление"], audience: "РК" },
  { title: "Дополнительное образование детей: современные подходы и технологии", kind: "повышение квалификации", hours: 72, provider: CNPPM, federalRegistry: false, topics: ["воспитание", "предметные и методические компетенции"], audience: "ДО" },
  { title: "Методическое сопровождение наставничества в образовательной организации", kind: "повышение квалификации", hours: 36, provider: CNPPM, federalRegistry: false, topics: ["предметные и методические компетенции"], audience: "all" },
  { title: "Первая помощь в образовательной организации", kind: "повышение квалификации", hours: 16, provider: UC, federalRegistry: false, topics: ["воспитание"], audience: "all" },
  { title: "Педагогика и методика преподавания в соответствии с ФГОС", kind: "профессиональная переподготовка", hours: 300, provider: CIOV, federalRegistry: false, topics: ["предметные и методические компетенции", "ФГОС"], audience: "УЧ" },
  { title: "Дошкольное образование: воспитатель ДОО", kind: "профессиональная переподготовка", hours: 520, provider: UC, federalRegistry: false, topics: ["дошкольное образование"], audience: "ДОО" },
  { title: "Стажировка на базе региональной инновационной площадки «Функциональная грамотность»", kind: "стажировка", hours: 16, provider: CNPPM, federalRegistry: false, topics: ["функциональная грамотность"], audience: "УЧ" },
  { title: "Вебинар «Методические рекомендации по подготовке к ВПР»", kind: "обучающее мероприятие", hours: 4, provider: IRO, federalRegistry: false, topics: ["оценка качества образования"], audience: "УЧ" },
  { title: "Семинар-практикум «Игровые технологии в работе с дошкольниками»", kind: "обучающее мероприятие", hours: 8, provider: CNPPM, federalRegistry: false, topics: ["дошкольное образование"], audience: "ДОО" },
];

export interface ActivityDef {
  readonly type: string;
  readonly title: string;
  readonly levels: readonly string[];
  readonly audience: "all" | "ДОО" | "ОО" | "ДО" | "young" | "senior";
  readonly weight: number;
}

export const ACTIVITIES: readonly ActivityDef[] = [
  { type: "конкурс профессионального мастерства", title: "Учитель года", levels: ["муниципальный", "региональный"], audience: "ОО", weight: 3 },
  { type: "конкурс профессионального мастерства", title: "Воспитатель года", levels: ["муниципальный", "региональный"], audience: "ДОО", weight: 3 },
  { type: "конкурс профессионального мастерства", title: "Педагогический дебют", levels: ["муниципальный", "региональный"], audience: "young", weight: 6 },
  { type: "конкурс профессионального мастерства", title: "Сердце отдаю детям", levels: ["региональный", "федеральный"], audience: "ДО", weight: 3 },
  { type: "конкурс профессионального мастерства", title: "Воспитать человека", levels: ["региональный", "федеральный"], audience: "all", weight: 1 },
  { type: "конкурс профессионального мастерства", title: "Учитель здоровья России", levels: ["региональный", "федеральный"], audience: "ОО", weight: 1 },
  { type: "конкурс профессионального мастерства", title: "Лучшие практики наставничества", levels: ["региональный", "федеральный"], audience: "senior", weight: 1 },
  { type: "конкурс профессионального мастерства", title: "Методическая копилка: лучшая методическая разработка", levels: ["муниципальный"], audience: "all", weight: 2 },
  { type: "экспертная деятельность", title: "Эксперт региональной предметной комиссии ОГЭ", levels: ["региональный"], audience: "senior", weight: 2 },
  { type: "экспертная деятельность", title: "Член жюри муниципального этапа ВсОШ", levels: ["муниципальный"], audience: "ОО", weight: 2 },
  { type: "мастер-класс", title: "Мастер-класс на муниципальном методическом объединении", levels: ["муниципальный"], audience: "all", weight: 4 },
  { type: "стажировка (проведение)", title: "Стажировка для педагогов на базе ОО", levels: ["муниципальный", "региональный"], audience: "senior", weight: 1 },
  { type: "выступление", title: "Выступление на августовском педагогическом совещании", levels: ["муниципальный"], audience: "all", weight: 3 },
  { type: "выступление", title: "Доклад на заседании РМО", levels: ["муниципальный"], audience: "all", weight: 4 },
  { type: "публикация", title: "Публикация в сборнике «Педагогический поиск»", levels: ["региональный", "федеральный"], audience: "all", weight: 3 },
  { type: "открытый урок", title: "Открытое занятие в рамках недели педагогического мастерства", levels: ["ОО"], audience: "all", weight: 5 },
  { type: "методическая разработка", title: "Методическая разработка на портале «Педсовет66»", levels: ["муниципальный", "региональный"], audience: "all", weight: 3 },
  { type: "сетевой проект", title: "Сетевой проект «Читаем вместе»", levels: ["муниципальный", "региональный"], audience: "all", weight: 2 },
  { type: "сетевое сообщество", title: "Региональная сетевая методическая служба «Педсовет66»", levels: ["региональный"], audience: "all", weight: 4 },
  { type: "сетевое методическое мероприятие", title: "Сетевой методический семинар «Функциональная грамотность: от теории к практике»", levels: ["муниципальный"], audience: "all", weight: 4 },
  { type: "проект/клуб/фестиваль", title: "Фестиваль педагогического творчества «Вдохновение»", levels: ["муниципальный"], audience: "all", weight: 3 },
  { type: "школа молодого педагога", title: "Школа молодого педагога: занятие «Первые шаги в профессии»", levels: ["муниципальный"], audience: "young", weight: 8 },
  { type: "ассоциация молодых педагогов", title: "Форум Ассоциации молодых педагогов Свердловской области", levels: ["региональный"], audience: "young", weight: 3 },
];

export const DEFICITS = [
  "формирование функциональной грамотности",
  "оценивание образовательных результатов",
  "работа с обучающимися с ОВЗ",
  "использование цифровых ресурсов",
  "проектирование урока по обновлённым ФГОС",
  "организация проектной деятельности",
  "работа с родителями",
  "предметные знания",
];

/** «Сведения муниципалитета»: the indicators no school sheet carries (INDICATORS.md, AL and KL). */
export const MANUAL_ROWS: readonly { readonly indicator: string; readonly value?: string | number; readonly numerator?: number; readonly denominator?: number }[] = [
  { indicator: "AL-1.3.3", numerator: 38, denominator: 700 },
  { indicator: "AL-1.4.1", value: "да" },
  { indicator: "AL-1.5.1", value: "да" },
  { indicator: "AL-2.7.2", value: "да" },
  { indicator: "AL-2.7.3", value: "да" },
  { indicator: "AL-2.7.4", value: "нет" },
  { indicator: "AL-2.7.5", value: "да" },
  { indicator: "AL-2.8.1", numerator: 3, denominator: 4 },
  { indicator: "AL-2.8.2", numerator: 31, denominator: 42 },
  { indicator: "AL-2.8.6", value: "да" },
  { indicator: "AL-2.8.7", value: "да" },
  { indicator: "AL-2.8.8", value: "нет" },
  { indicator: "AL-2.8.9", numerator: 12, denominator: 42 },
  { indicator: "AL-2.8.10", numerator: 9, denominator: 42 },
  { indicator: "KL-2", numerator: 4, denominator: 6 },
  { indicator: "KL-3", value: 3 },
];

export const MEMO_LINES = [
  "Пояснительная записка к сводной таблице мониторинга профессионального развития педагогов",
  "Данные собраны МКУ ИМЦ по состоянию на 01.06.2024 за 2023/2024 учебный год.",
  "Информация МДОУ Детский сад № 41 уточнялась по телефону; расхождения будут исправлены до 30.06.2024.",
  "Сведения о прохождении КПК сверены с ФИС ФРДО выборочно.",
  "Ответственный: методист ИМЦ, тел. 2-14-55.",
];
