/**
 * A column's meaning from its values (SPEC §3, issue 24): deadline phrases under a generic or blank header make a
 * deadline column; a column of names never does; a header that names a meaning keeps it.
 */
import fc from "fast-check";
import type { Cell, SheetGrid } from "../../../src/core/cell";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import { findTables } from "../../../src/core/tables/findTables";
import { isDeadlinePhrase } from "../../../src/core/tables/columnValues";

/** Deadline phrases as plans write them (the seeds and the published tables of test/fixtures/plans). */
const PHRASES: Cell[] = [
  "январь-февраль 2021",
  "апрель 2021",
  "сентябрь – ноябрь 2021 года сентябрь – ноябрь 2022 года",
  "в течение всего периода",
  "До 15 марта 2021 года",
  "Март – декабрь 2021 года",
  "1 раз в квартал",
  "В течение года по отдельному плану",
  "до 17 ноября 2021",
  "1 декабря 2021",
  "06.02.2023 - 30.05.2023",
  "ежеквартально",
  "по мере необходимости",
  "май",
  2021,
  44621,
];
const SURNAMES = ["Иванова", "Петров", "Сидоренко", "Ким", "Абдуллаев", "Кузнецова", "Марченко", "Майер"];
const NAMES = ["Мария", "Август", "Юлиан", "Анна", "Майя", "Ильдар", "Ольга"];
const PATRONYMICS = ["Сергеевна", "Петрович", "Ивановна", "Рашидович", ""];
const GENERIC = ["", "Дата", "Даты", "Срок", "Сроки", "Период", "Дата проведения"];

const name = fc
  .tuple(fc.constantFrom(...SURNAMES), fc.constantFrom(...NAMES), fc.constantFrom(...PATRONYMICS))
  .map((p) => p.join(" ").trim());

function plan(header: string, cells: Cell[]): SheetGrid {
  const rows: Cell[][] = [
    ["№", "Мероприятие", header || null, "Ответственный"],
    ...cells.map((c, i): Cell[] => [i + 1, `Мероприятие ${i + 1}`, c, "МОУО"]),
  ];
  return { name: "План", cells: rows, origin: { row: 0, col: 0 }, merges: [] };
}

const meaningOfColumn = (grid: SheetGrid, col: number) =>
  findTables(grid, DEFAULT_SETTINGS).tables[0]?.columns.find((c) => c.col === col)?.meaning;

describe("column meaning from values", () => {
  it("deadline phrases under a generic or blank header make a deadline column", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...GENERIC),
        fc.array(fc.constantFrom(...PHRASES), { minLength: 2, maxLength: 12 }),
        (header, cells) => {
          expect(meaningOfColumn(plan(header, cells), 2)).toBe("deadline");
        },
      ),
    );
  });

  it("a column of names never does (under the headers that name no meaning by themselves)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...GENERIC.filter((h) => !/^(срок|даты)/i.test(h))),
        fc.array(name, { minLength: 2, maxLength: 12 }),
        (header, names) => {
          expect(names.some(isDeadlinePhrase)).toBe(false);
          expect(meaningOfColumn(plan(header, names), 2)).not.toBe("deadline");
        },
      ),
    );
  });

  it("a header that names a meaning keeps it: «Дата выполнения» over dates stays the done date", () => {
    expect(meaningOfColumn(plan("Дата выполнения", ["12.03.2021", "15.04.2021", "01.06.2021"]), 2)).toBe("doneDate");
    expect(meaningOfColumn(plan("Фактический срок", ["март 2021", "апрель 2021"]), 2)).toBe("doneDate");
  });

  it("any cell value in, an answer out, never an exception", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 40 }), fc.double(), fc.integer(), fc.boolean(), fc.constant(null)),
        (value) => {
          expect(typeof isDeadlinePhrase(value)).toBe("boolean");
        },
      ),
    );
  });
});
