import type { Cell } from "../../../src/core/cell";
import { columnKey, type ContextRow } from "../../../src/core/identification/resultsData";
import { DEFAULT_IDENTIFICATION_SETTINGS as D, type IndexComponent } from "../../../src/core/identification/settings";
import { WEIGHTS_NOT_SET, wellBeingIndex } from "../../../src/core/identification/wellBeingIndex";

const OVZ = "Доля обучающихся с ОВЗ, %";
const TEACHERS = "Доля педагогов высшей категории, %";

function row(login: string, ovz: Cell, teachers: Cell, r: number): ContextRow {
  const values = new Map([
    [columnKey(OVZ), { header: OVZ, value: ovz, ref: { sheet: "Контекст", row: r, col: 3 } }],
    [columnKey(TEACHERS), { header: TEACHERS, value: teachers, ref: { sheet: "Контекст", row: r, col: 4 } }],
  ]);
  return { school: { key: `id:${login}`, name: `МБОУ СОШ ${login}`, login, municipality: "Вяземский район" }, values };
}

const CONTEXT = [
  row("a", 0, 80, 1),
  row("b", 10, 60, 2),
  row("c", 20, 40, 3),
  row("d", "нет сведений", 50, 4),
  row("e", 5, null, 5),
];
const components = (w1: number | null, w2: number | null): IndexComponent[] => [
  { column: OVZ, direction: -1, weight: w1, normalisation: "minmax" },
  { column: "доля педагогов высшей категории %", direction: 1, weight: w2, normalisation: "minmax" },
];

describe("ИСБШ", () => {
  test("no components or a weight not set: «веса не заданы», no index invented", () => {
    expect(wellBeingIndex(CONTEXT, D).missing).toBe(WEIGHTS_NOT_SET);
    const half = wellBeingIndex(CONTEXT, { ...D, indexComponents: components(1, null) });
    expect(half.missing).toBe(WEIGHTS_NOT_SET);
    expect(half.bySchool.size).toBe(0);
  });

  test("weighted min–max with directions; the bottom share is «Неблагоприятные условия»; gaps are named", () => {
    const r = wellBeingIndex(CONTEXT, { ...D, indexComponents: components(1, 3), unfavourableShare: 30 });
    // ОВЗ over a, b, c, e: 0…20 (−): a 1, b 0.5, c 0, e 0.75; teachers over a, b, c, d: 40…80 (+): a 1, b 0.5, c 0.
    expect(r.bySchool.get("id:a")).toEqual({ index: 1, unfavourable: false });
    expect(r.bySchool.get("id:b")).toEqual({ index: 0.5, unfavourable: false });
    expect(r.bySchool.get("id:c")).toEqual({ index: 0, unfavourable: true });
    expect(r.bySchool.get("id:d")?.index).toBe(`нет данных: ${OVZ}`);
    expect(r.bySchool.get("id:e")?.index).toBe("нет данных: доля педагогов высшей категории %");
    expect(r.problems.map((p) => [p.row, p.col])).toEqual([[4, 3]]);
    expect(r.problems[0].message).toContain("«нет сведений»");
  });

  test("z-score: mean 0 over the region; a missing column is named", () => {
    const z = wellBeingIndex([row("a", 0, 80, 1), row("b", 10, 60, 2), row("c", 20, 40, 3)], {
      ...D,
      indexComponents: [{ column: TEACHERS, direction: 1, weight: 1, normalisation: "z" }],
    });
    expect(z.bySchool.get("id:b")!.index as number).toBeCloseTo(0, 12);
    expect(z.bySchool.get("id:a")!.index as number).toBeCloseTo(Math.sqrt(1.5), 12);
    const missing = wellBeingIndex(CONTEXT, {
      ...D,
      indexComponents: [{ column: "Доля семей с низким доходом", direction: -1, weight: 1, normalisation: "z" }],
    });
    expect(missing.missing).toBe("нет колонки: «Доля семей с низким доходом»");
  });
});
