/**
 * Indicator values from the returned forms (SPEC §10) replace the schools list's for those schools, in «Показатели»
 * and every other report; each change is listed. A value counts as changed when it reads differently (a «+» in the
 * list and «да» in the form are the same answer), so a form returned as it was sent changes nothing.
 */
import { type Cell, cellText, normalizeText } from "../cell";
import { readMark } from "../indicators/marks";
import { readNumber } from "../indicators/numbers";
import { cellProblem, type Problem } from "../problems";
import type { SchoolRecord } from "../tables/records";
import type { ReturnedForm } from "./formReturn";

export interface IndicatorChange {
  municipality: string;
  school: SchoolRecord;
  header: string;
  before: Cell;
  after: Cell;
  file: string;
  place: { sheet: string; row: number; col: number };
}

/** The same answer however written: a mark as yes/no, a number as its value, else the text. */
function meaning(value: Cell): string {
  const mark = readMark(value);
  if (mark === "blank") return "";
  if (mark !== null) return mark;
  const n = readNumber(value);
  return typeof n === "number" ? String(n) : normalizeText(cellText(value));
}

/** The changes the counted forms bring; a school or a column the list does not have is told, not added. */
export function indicatorChanges(
  forms: readonly { municipality: string; form: ReturnedForm }[],
  schools: readonly SchoolRecord[],
  headers: readonly string[],
): { changes: IndicatorChange[]; problems: Problem[] } {
  const changes: IndicatorChange[] = [];
  const problems: Problem[] = [];
  const known = new Set(headers);
  // each school found by its id, else by its name, within its municipality: one index, not a search per row
  const index = new Map<string, SchoolRecord>();
  for (const s of schools) {
    const m = normalizeText(s.municipality);
    if (s.id !== undefined && !index.has(`${m}\u0000id\u0000${s.id}`)) index.set(`${m}\u0000id\u0000${s.id}`, s);
    if (!index.has(`${m}\u0000name\u0000${normalizeText(s.name)}`))
      index.set(`${m}\u0000name\u0000${normalizeText(s.name)}`, s);
  }
  for (const { municipality, form } of forms) {
    const m = normalizeText(municipality);
    for (const returned of form.schools) {
      const school = index.get(
        returned.id !== "" ? `${m}\u0000id\u0000${returned.id}` : `${m}\u0000name\u0000${normalizeText(returned.name)}`,
      );
      const first = [...returned.values.values()][0]?.place;
      if (school === undefined) {
        if (first)
          problems.push({
            ...cellProblem(
              first.sheet,
              first.row,
              Math.max(0, first.col - 1),
              `ОО «${returned.name}» (${returned.id || "без идентификатора"}) нет в списке школ муниципалитета «${municipality}»: её показатели не учтены`,
            ),
            file: form.file,
          });
        continue;
      }
      for (const [header, { value, place }] of returned.values) {
        if (!known.has(header)) {
          problems.push({
            ...cellProblem(
              place.sheet,
              place.row,
              place.col,
              `столбца «${header}» нет в списке школ: значение не учтено`,
              "warning",
            ),
            file: form.file,
          });
          continue;
        }
        const before = school.extra.get(header)?.value ?? null;
        if (meaning(before) !== meaning(value))
          changes.push({ municipality, school, header, before, after: value, file: form.file, place });
      }
    }
  }
  return { changes, problems };
}

/** The list's cells replaced by the forms' (the cell now names the form's sheet and cell, so a remark points there). */
export function applyIndicatorChanges(changes: readonly IndicatorChange[]): void {
  for (const change of changes) change.school.extra.set(change.header, { value: change.after, ref: change.place });
}

/** «Калачинский МР: по форме изменено значений показателей: 3 (см. лист «Изменения показателей»)» per municipality. */
export function changesPerMunicipality(changes: readonly IndicatorChange[], sheetName: string): Problem[] {
  const counts = new Map<string, number>();
  for (const c of changes) counts.set(c.municipality, (counts.get(c.municipality) ?? 0) + 1);
  return [...counts].map(([municipality, n]) => ({
    message: `${municipality}: по форме изменено значений показателей: ${n} (см. лист «${sheetName}»)`,
    severity: "info" as const,
  }));
}
