/**
 * The custom functions' argument cases, shared by the Excel door's fuzzing (fuzz.test.ts) and the same functions run
 * as formulas in the ONLYOFFICE engine (test/r7/formulas.test.ts): cells as Excel hands them over, ranges of every
 * shape, an argument per parameter of the metadata.
 */
import fc from "fast-check";

export interface ParameterMetadata {
  name: string;
  dimensionality?: "scalar" | "matrix";
  optional?: boolean;
}

/** Words real workbooks hold in these cells: the functions must meet them inside noise too. */
export const DOMAIN_WORDS = [
  "высокий",
  "ВЫСОКАЯ",
  "ср.",
  "выс.",
  "В",
  "Н",
  "H",
  "+",
  "-",
  "нет",
  "да",
  "Да.",
  "все",
  "1, 3",
  "2-4, 9",
  "1 и 3",
  "до 01.06.2021",
  "март-апрель 2021",
  "ежеквартально",
  "в течение года",
  "по мере необходимости",
  "31.02.2021",
  "2021",
  "2021-2022",
  "2020-2021 учебный год",
  "проведено 12.03.2021",
  "выполнено",
  "частично",
  ">0",
  "<=15",
  "=5",
  "больше",
  "меньше",
  "15.06.2021",
  "ноябрь-декабрь",
  "I квартал 2021 года",
  "ВПР-2021 рус 5 доля 2",
  "Итого",
];
export const ODD_STRINGS = [
  "",
  " ",
  "\t",
  "\n\r",
  "\u0000",
  "\u0007\u001b[31m",
  "\u200b",
  "\ufeff",
  "\u00a0",
  "NaN",
  "Infinity",
  "-Infinity",
  "-0",
  "1e308",
  "1e-320",
  "0x1F",
  "=SUM(A1:A3)",
  "=1/0",
  "#ЗНАЧ!",
  "#N/A",
  "'",
  '"',
  "\\",
  "${x}",
  "__proto__",
  "constructor",
  "🙂",
  "👩‍👩‍👧‍👦",
  "𝟙𝟚",
  "ё",
  "Ё".repeat(3),
  "\ud800",
  "x".repeat(10_000),
  "до ".repeat(2_000),
  "1, ".repeat(3_000),
];

/**
 * Cells holding Excel data types, as the Office.js reference describes their objects (EntityCellValue,
 * FormattedNumberCellValue, WebImageCellValue, StringCellValue); Excel passes them as objects when the metadata allows
 * custom data (issue 14).
 */
export const DATA_TYPES: unknown[] = [
  { type: "Entity", text: "МБОУ «СОШ № 1»", basicType: "Error", basicValue: "#VALUE!", properties: {} },
  { type: "FormattedNumber", basicType: "Double", basicValue: 44362, numberFormat: "dd.mm.yyyy" },
  { type: "WebImage", address: "https://example.org/a.png", basicType: "Error", basicValue: "#VALUE!" },
  { type: "String", basicType: "String", basicValue: "высокая" },
  {},
];

/** One cell as Excel hands it over: a number (dates are serials), text, a boolean, an empty cell, or a data type. */
export const cellArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...DOMAIN_WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...ODD_STRINGS) },
  { weight: 2, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) }, // Excel never passes NaN or ±∞
  { weight: 2, arbitrary: fc.integer({ min: -3_000_000, max: 3_000_000 }) },
  { weight: 2, arbitrary: fc.integer({ min: 36_526, max: 54_789 }) }, // 2000…2049 as serial days
  { weight: 1, arbitrary: fc.constantFrom(0, -1, 1e308, -1e308, Number.MAX_SAFE_INTEGER, 2_958_466, 0.5, 5e-324) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom(null, "", 0) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 20 }) },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.constantFrom(...DOMAIN_WORDS), fc.string({ maxLength: 8 })).map(([w, s]) => `${s}${w}${s}`),
  },
  { weight: 1, arbitrary: fc.constantFrom(...DATA_TYPES) },
);

/** A range: rectangular as Excel sends it, or ragged, one cell, zero rows, zero columns. */
export const rangeArb: fc.Arbitrary<unknown[][]> = fc.oneof(
  fc
    .integer({ min: 1, max: 12 })
    .chain((width) =>
      fc.array(fc.array(cellArb, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 25 }),
    ),
  fc.array(fc.array(cellArb, { maxLength: 12 }), { maxLength: 25 }),
  cellArb.map((c) => [[c]]),
  fc.constantFrom<unknown[][]>([], [[]], [[], []]),
);

/** An argument for a parameter as the metadata declares it; an optional one may be left out (undefined) or empty (null). */
export function argumentArb(parameter: ParameterMetadata): fc.Arbitrary<unknown> {
  const value = parameter.dimensionality === "matrix" ? rangeArb : cellArb;
  return parameter.optional
    ? fc.oneof({ weight: 4, arbitrary: value }, { weight: 1, arbitrary: fc.constantFrom(undefined, null) })
    : value;
}

/** An argument list for a function of the metadata: Excel may also call with trailing optional arguments absent. */
export function argumentsArb(parameters: ParameterMetadata[]): fc.Arbitrary<unknown[]> {
  return fc
    .tuple(...parameters.map(argumentArb))
    .chain((args) =>
      fc.integer({ min: parameters.filter((p) => !p.optional).length, max: args.length }).map((n) => args.slice(0, n)),
    );
}

/** 15.06.2021 as Excel's serial day. */
const JUNE_15_2021 = 44362;
/** A risk profile as real ones are written: full words, short forms, empty cells, 0. */
const PROFILE = [["высокая", "ср.", "Высокий уровень", "", null, "выс.", 0, "низкая", "В", "нет"]];

const VPR_HEADERS = [["ВПР-2021 рус 5", "ВПР-2021 мат 5", "ВПР-2022 рус 5", "ВПР-2022 мат 5"]];

/**
 * Calls as Excel makes them on realistic Russian data (dates as serials, ranges as 2-D arrays, null for an empty cell,
 * undefined for an argument left out), each with the Excel door's answer or the start of its Russian #VALUE! message.
 * test/functions/bundle.test.ts holds the Excel door to them; test/r7/formulas.test.ts the same functions in ONLYOFFICE.
 */
export const SEMANTIC_CASES: ({ id: string; args: unknown[] } & ({ answer: unknown } | { refusal: string }))[] = [
  { id: "RISKGROUPS", args: [PROFILE], answer: "1, 3, 6, 9" },
  { id: "RISKGROUPS", args: [[["нет", "", "низкая"]], "средняя"], answer: "" },
  { id: "RISKGROUPS", args: [[["высокая", "очень высокая"]]], refusal: "Профиль, фактор 2: «очень высокая»" },
  { id: "RISKCOUNT", args: [PROFILE, "средняя"], answer: 5 },
  // a profile of checkboxes: a ticked factor is a high one
  { id: "RISKGROUPS", args: [[[true, false, true, false]]], answer: "1, 3" },
  { id: "INGROUP", args: [PROFILE, 6], answer: true },
  { id: "INGROUP", args: [PROFILE, 2], answer: false },
  { id: "INGROUP", args: [PROFILE, "первая"], refusal: "Номер группы «первая» не распознан" },
  {
    id: "RISKSUMMARY",
    args: [
      [
        ["высокая", "низкая"],
        ["высокая", "высокая"],
        ["", "высокая"],
      ],
      [["Тарский район"], ["Тарский район"], ["г. Омск"]],
    ],
    answer: [
      ["Муниципалитет", "РФ1", "РФ2", "Всего ОО", "ОО с >5 факторами высокой значимости"],
      ["Тарский район", 2, 1, 2, 0],
      ["г. Омск", 0, 1, 1, 0],
      ["Итого", 2, 2, 3, 0],
    ],
  },
  {
    id: "MANDATORY",
    args: [[["1, 3"]], [[1], [2], [3], [4], [null]], [["1, 3"], ["2-4"], ["все"], ["5"], [null]]],
    answer: "1–3",
  },
  { id: "MANDATORY", args: [[["5"]], [[1], [2], [3], [4]], [["1, 3"], ["2-4"], ["все"], ["5"]]], answer: "3, 4" },
  { id: "SHARE", args: [[["да"], ["нет"], ["да"], [null]]], answer: 2 / 3 },
  {
    id: "SHARE",
    args: [[["да"], ["нет"], ["да"], [null]], undefined, [["СОШ № 1"], ["СОШ № 2"], ["СОШ № 3"], ["ООШ № 4"]]],
    answer: 0.5,
  },
  { id: "SHARE", args: [[[12], [0], [30]], ">0"], answer: 2 / 3 },
  { id: "SHARE", args: [[[true], [false], [true], [true]]], answer: 0.75 },
  { id: "TREND", args: [18, 9, "меньше"], answer: "положительная" },
  { id: "TREND", args: [40, 45], answer: "положительная" },
  { id: "TREND", args: ["н/д", 45], refusal: "Входное значение «н/д» не является числом" },
  { id: "DEADLINESTART", args: ["март-апрель 2021"], answer: 44256 },
  { id: "DEADLINEEND", args: ["до 01.06.2021", "2021"], answer: 44348 },
  { id: "DEADLINESTART", args: ["до 01.06.2021", "на 2021-2022 годы"], answer: 44197 },
  { id: "DEADLINEEND", args: ["по мере необходимости", "2021"], answer: "" },
  { id: "DEADLINEEND", args: ["март"], refusal: "в сроке не указан год: задайте период плана" },
  { id: "DEADLINEEND", args: ["31.02.2021"], refusal: "Срок «31.02.2021» не распознан" },
  { id: "NEXTCONTROL", args: ["ежеквартально", JUNE_15_2021, "2021"], answer: 44377 },
  { id: "NEXTCONTROL", args: ["март 2021", JUNE_15_2021], answer: "" },
  { id: "PLANSTATUS", args: ["до 01.06.2021", null, null, JUNE_15_2021], answer: "Просрочено" },
  { id: "PLANSTATUS", args: ["до 01.06.2021", "проведено 25.05.2021", null, JUNE_15_2021], answer: "Выполнено" },
  {
    id: "PLANSTATUS",
    args: ["до 01.06.2021", "да", "10.06.2021", JUNE_15_2021],
    answer: "Выполнено с нарушением срока",
  },
  { id: "PLANSTATUS", args: ["до 01.06.2021", true, 44340, JUNE_15_2021], answer: "Выполнено" },
  { id: "PLANSTATUS", args: ["31.02.2021", null, null, JUNE_15_2021, "2021"], answer: "Срок не распознан" },
  { id: "OVERDUE", args: ["до 01.06.2021", null, JUNE_15_2021], answer: 14 },
  { id: "OVERDUE", args: ["в течение года", "нет", JUNE_15_2021, "2021"], answer: 0 },
  { id: "REPORTDUE", args: [44330.75], answer: 44382 },
  { id: "REPORTDUE", args: ["15.05.2021"], answer: 44382 },
  { id: "REPORTDUE", args: ["весна 2021"], refusal: "Дата «весна 2021» не распознана" },
  { id: "REPORTDUE", args: [null], refusal: "Дата не указана" },
  { id: "LOWRESULT", args: [[[34, 31, 10, 12]], VPR_HEADERS], answer: true },
  { id: "LOWRESULT", args: [[[0.34, 0.12, 0.4, 0.12]], VPR_HEADERS, 35], answer: false },
  { id: "LOWRESULT", args: [[[34, 31]], [["Русский", "ВПР-2021 мат 5"]]], refusal: "заголовок «Русский» (столбец 1)" },
];
