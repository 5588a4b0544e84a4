import fc from "fast-check";
import { mustDayOf } from "../../../src/core/calendar";
import type { Cell, SheetGrid } from "../../../src/core/cell";
import {
  FORM_HEADERS as H,
  FORM_SHEETS,
  readReturnedForm,
  type ReturnedForm,
} from "../../../src/core/forms/formReturn";
import { fingerprint, type FormIdentity, IDENTITY_SHEET_NAME, identityRows } from "../../../src/core/forms/identity";

const ITEMS = [
  { number: "1", measure: "Назначение муниципальных координаторов проекта", deadline: "январь 2021" },
  { number: "2", measure: "Мониторинг результатов реализации электронных дорожных карт", deadline: "1 раз в квартал" },
  { number: "3", measure: "Проведение совещаний с руководителями ШНОР", deadline: "до 01.10.2021" },
];
const IDENTITY: FormIdentity = {
  plan: "Дорожная карта на 2021 год",
  period: { start: mustDayOf(2021, 1, 1), end: mustDayOf(2021, 12, 31) },
  municipality: "Калачинский муниципальный район",
  quarter: { year: 2021, quarter: 3 },
  due: mustDayOf(2021, 10, 5),
  made: mustDayOf(2021, 9, 20),
  items: ITEMS.map((i) => ({ number: i.number, fingerprint: fingerprint(i.measure) })),
};
const FILE = "Форма — Калачинский муниципальный район.xlsx";
const HEADER_ROW = 4;

/** «Отчёт МОУО» as a municipality returns it: title, due line, an empty row, the header (row 5), the items. */
function itemsSheet(rows: Cell[][]): SheetGrid {
  return {
    name: FORM_SHEETS.items,
    file: FILE,
    cells: [
      ["Отчёт о выполнении плана за III квартал 2021 года — Калачинский муниципальный район"],
      ["Срок представления: 05.10.2021"],
      [],
      [],
      [H.number, H.measure, H.deadline, H.executor, H.mark, H.date, H.comment],
      ...rows,
    ],
    origin: { row: 0, col: 0 },
    merges: [],
  };
}
const row = (i: number, mark: Cell, date: Cell = null, comment = ""): Cell[] => [
  ITEMS[i].number,
  ITEMS[i].measure,
  ITEMS[i].deadline,
  "МОУО",
  mark,
  date,
  comment,
];

function read(rows: Cell[][], more: SheetGrid[] = []): ReturnedForm {
  const identity: SheetGrid = {
    name: IDENTITY_SHEET_NAME,
    file: FILE,
    cells: identityRows(IDENTITY),
    origin: { row: 0, col: 0 },
    merges: [],
  };
  const reading = readReturnedForm(FILE, [itemsSheet(rows), identity, ...more]);
  if (reading.kind !== "form") throw new Error(JSON.stringify(reading.problems));
  return reading.form;
}
const at = (form: ReturnedForm, text: string) =>
  form.problems
    .filter((p) => p.message.includes(text))
    .map((p) => ({ sheet: p.sheet, row: p.row, col: p.col, file: p.file }));

describe("readReturnedForm: marks by item number or fingerprint", () => {
  it("reads a form filled as asked: marks, dates as days, comments, no remarks", () => {
    const form = read([
      row(0, "выполнено", mustDayOf(2021, 1, 20), "Приказ № 12"),
      row(1, "выполняется"),
      row(2, "не выполнено"),
    ]);
    expect(form.items.map((i) => [i.number, i.mark, i.date, i.comment])).toEqual([
      ["1", "выполнено", mustDayOf(2021, 1, 20), "Приказ № 12"],
      ["2", "выполняется", null, ""],
      ["3", "не выполнено", null, ""],
    ]);
    expect(form.items[0].place).toEqual({ sheet: FORM_SHEETS.items, row: HEADER_ROW + 1, col: 4 });
    expect(form.problems).toEqual([]);
  });

  it("reads moved rows by their numbers and says they were moved", () => {
    const form = read([
      row(2, "выполнено", mustDayOf(2021, 9, 1)),
      row(0, "выполнено", mustDayOf(2021, 1, 20)),
      row(1, null),
    ]);
    expect(form.items.map((i) => [i.number, i.date])).toEqual([
      ["1", mustDayOf(2021, 1, 20)],
      ["2", null],
      ["3", mustDayOf(2021, 9, 1)],
    ]);
    expect(at(form, "строки пунктов переставлены")).toEqual([
      { sheet: FORM_SHEETS.items, row: HEADER_ROW, col: undefined, file: FILE },
    ]);
  });

  it("reads a row whose locked text was changed by its number, and one whose number was changed by its text", () => {
    const changed = [...row(1, "выполнено", mustDayOf(2021, 6, 30))];
    changed[1] = "Мониторинг дорожных карт";
    const renumbered = [...row(2, "выполняется")];
    renumbered[0] = "3.1";
    const form = read([row(0, "выполнено"), changed, renumbered]);
    expect(form.items.map((i) => i.mark)).toEqual(["выполнено", "выполнено", "выполняется"]);
    expect(at(form, "текст мероприятия пункта 2 изменён")).toEqual([
      { sheet: FORM_SHEETS.items, row: HEADER_ROW + 2, col: 1, file: FILE },
    ]);
    expect(at(form, "номер пункта «3.1» изменён")).toEqual([
      { sheet: FORM_SHEETS.items, row: HEADER_ROW + 3, col: 0, file: FILE },
    ]);
  });

  it("tells a deleted item (counted as not done), a foreign row and a repeated one", () => {
    const foreign: Cell[] = ["7", "Новое мероприятие", "", "", "выполнено", null, ""];
    const form = read([row(0, "выполнено"), foreign, row(0, "не выполнено")]);
    expect(form.items.map((i) => i.mark)).toEqual(["выполнено", null, null]);
    expect(at(form, "пункт 2 выданной формы удалён")).toHaveLength(1);
    expect(at(form, "пункт 3 выданной формы удалён")).toHaveLength(1);
    expect(at(form, "строка с номером «7»")).toEqual([
      { sheet: FORM_SHEETS.items, row: HEADER_ROW + 2, col: 4, file: FILE },
    ]);
    expect(at(form, "пункт 1 встречается в форме второй раз")).toEqual([
      { sheet: FORM_SHEETS.items, row: HEADER_ROW + 3, col: 4, file: FILE },
    ]);
  });

  it("reads a date typed as text, tells it and a date outside the plan period; an unreadable date is kept as written", () => {
    const form = read([
      row(0, "выполнено", "15.09.2021 г."),
      row(1, "выполнено", mustDayOf(2022, 1, 10)),
      row(2, "выполнено", "сентябрь"),
    ]);
    expect(form.items.map((i) => i.date)).toEqual([mustDayOf(2021, 9, 15), mustDayOf(2022, 1, 10), "сентябрь"]);
    expect(at(form, "записана текстом «15.09.2021 г.»")).toEqual([
      { sheet: FORM_SHEETS.items, row: HEADER_ROW + 1, col: 5, file: FILE },
    ]);
    expect(at(form, "10.01.2022 вне периода плана")).toEqual([
      { sheet: FORM_SHEETS.items, row: HEADER_ROW + 2, col: 5, file: FILE },
    ]);
    expect(at(form, "«сентябрь» не прочитана")).toEqual([
      { sheet: FORM_SHEETS.items, row: HEADER_ROW + 3, col: 5, file: FILE },
    ]);
  });

  it("tells a mark that is not one of the three words, keeping it for the plan's rule", () => {
    const form = read([row(0, "да"), row(1, "Выполнено"), row(2, "сделаем")]);
    expect(form.items.map((i) => i.mark)).toEqual(["да", "Выполнено", "сделаем"]);
    expect(at(form, "отметка «да» — не из списка")).toHaveLength(1);
    expect(at(form, "отметка «сделаем» — не из списка")).toEqual([
      { sheet: FORM_SHEETS.items, row: HEADER_ROW + 3, col: 4, file: FILE },
    ]);
    expect(at(form, "«Выполнено»")).toEqual([]);
  });

  it("finds the columns by their headers when columns were moved", () => {
    const grid = itemsSheet([]);
    const order = [4, 0, 1, 2, 3, 5, 6];
    const permute = (r: Cell[]): Cell[] => order.map((i) => r[i] ?? null);
    grid.cells[HEADER_ROW] = permute(grid.cells[HEADER_ROW]);
    grid.cells.push(permute(row(0, "выполнено", mustDayOf(2021, 1, 5))));
    const identity: SheetGrid = {
      name: IDENTITY_SHEET_NAME,
      file: FILE,
      cells: identityRows(IDENTITY),
      origin: { row: 0, col: 0 },
      merges: [],
    };
    const reading = readReturnedForm(FILE, [grid, identity]);
    expect(reading.kind === "form" && reading.form.items[0]).toMatchObject({
      mark: "выполнено",
      date: mustDayOf(2021, 1, 5),
      place: { col: 0 },
    });
  });

  it("refuses a form whose mark column is gone, naming the sheet", () => {
    const grid = itemsSheet([row(0, "выполнено")]);
    grid.cells[HEADER_ROW] = grid.cells[HEADER_ROW].map((c) => (c === H.mark ? "Отметка" : c));
    const identity: SheetGrid = {
      name: IDENTITY_SHEET_NAME,
      file: FILE,
      cells: identityRows(IDENTITY),
      origin: { row: 0, col: 0 },
      merges: [],
    };
    const reading = readReturnedForm(FILE, [grid, identity]);
    expect(reading.kind).toBe("damaged");
    expect(reading.kind === "damaged" && reading.problems[0]).toMatchObject({ file: FILE, sheet: FORM_SHEETS.items });
  });

  it("reads the schools' indicator values by header", () => {
    const schools: SheetGrid = {
      name: FORM_SHEETS.schools,
      file: FILE,
      cells: [
        ["Показатели ОО — Калачинский муниципальный район"],
        [],
        [H.schoolId, H.school, "Разработана программа перехода", "Неуспевающих, % (вход)"],
        ["5501", "МКОУ «Воскресенская СОШ»", "да", 12.5],
      ],
      origin: { row: 0, col: 0 },
      merges: [],
    };
    const form = read([row(0, "выполнено")], [schools]);
    expect(form.schools).toHaveLength(1);
    expect(form.schools[0].id).toBe("5501");
    expect([...form.schools[0].values].map(([h, v]) => [h, v.value, v.place.col])).toEqual([
      ["Разработана программа перехода", "да", 2],
      ["Неуспевающих, % (вход)", 12.5, 3],
    ]);
  });

  it("never throws, whatever is written in the rows (fast-check)", () => {
    const cell = fc.oneof(
      fc.string(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.constantFrom("1", "2", "выполнено", ITEMS[0].measure, "15.09.2021 г."),
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 8 }), (rows) => {
        expect(read(rows).items).toHaveLength(ITEMS.length);
      }),
    );
  });
});
