/**
 * A national schools sheet of any size (20 columns: number, municipality, name, login, curator, ten risk factors,
 * yes/no, two numbers, a note, a visit date), for the table finder's size test (test/core/tables/findTables.test.ts)
 * and its timing in `npm run bench` (bench/run.ts). Plain TypeScript, no jest: the bench imports it.
 */
import type { Cell } from "../../src/core/cell";

const LEVELS: Cell[] = ["высокий", "средний", "низкий", null];

/** The header and `count` rows of schools. */
export function schoolsTableRows(count: number): Cell[][] {
  const header: Cell[] = [
    "№",
    "Муниципалитет",
    "Наименование ОО",
    "Логин",
    "Куратор",
    ...Array.from({ length: 10 }, (_, i) => `РФ${i + 1}`),
    "ИС МЭДК",
    "Вход",
    "Итог",
    "Примечание",
    "Дата визита",
  ];
  const rows: Cell[][] = [header];
  for (let i = 0; i < count; i++) {
    rows.push([
      i + 1,
      `Район ${i % 40}`,
      `МБОУ «СОШ № ${i}»`,
      `sch${i}`,
      `Куратор ${i % 900}`,
      ...Array.from({ length: 10 }, (_, k) => LEVELS[(i + k) % 4]),
      "да",
      i % 50,
      (i * 7) % 50,
      `примечание ${i}`,
      44300 + (i % 300),
    ]);
  }
  return rows;
}
