/**
 * A separate, simple reference for «Динамика рисков» (SPEC §9), computed from a test's own description of two years
 * of profiles — not from the production code: each school is a key (its login, or its name and municipality as the
 * test writes them), and its high factors are *names* the test chose; the later year's number of each name is given
 * by the test. Sheets written by the add-in are read back with `blockRows`, wherever the layout puts a block.
 */
import type { Cell } from "../../src/core/cell";

export interface RefSchool {
  key: string;
  municipality: string;
  name: string;
  /** Names of its factors at high significance (only factors of its year's table). */
  high: Set<string>;
}

export interface RefYear {
  label: string;
  schools: RefSchool[];
  /** Names of the factors its table has columns for. */
  factors: string[];
}

export interface RefDynamics {
  /** Main rows in the later year's order: the eight columns of SPEC §9. */
  rows: string[][];
  onlyBefore: string[];
  onlyAfter: string[];
  /** Municipality → [ОО, факторов устранено, ОО с уменьшением, ОО вне групп риска]. */
  byMunicipality: Map<string, number[]>;
  /** Later year's number → [ОО в году 1, ОО в году 2]. */
  byFactor: Map<number, [number, number]>;
}

/** «1–3, 5, 7, 8»: a run of three or more numbers is a range. */
export function compact(numbers: number[]): string {
  const s = [...numbers].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < s.length;) {
    let j = i;
    while (j + 1 < s.length && s[j + 1] === s[j] + 1) j++;
    if (j - i >= 2) parts.push(`${s[i]}–${s[j]}`);
    else for (let k = i; k <= j; k++) parts.push(String(s[k]));
    i = j + 1;
  }
  return parts.join(", ");
}

export function referenceDynamics(before: RefYear, after: RefYear, numberAfter: Map<string, number>): RefDynamics {
  const shared = after.factors.filter((f) => before.factors.includes(f));
  const earlier = new Map(before.schools.map((s) => [s.key, s]));
  const rows: string[][] = [];
  const seen = new Set<string>();
  const byMunicipality = new Map<string, number[]>();
  const byFactor = new Map<number, [number, number]>(shared.map((f) => [numberAfter.get(f)!, [0, 0]]));
  const onlyAfter: string[] = [];
  for (const school of after.schools) {
    const old = earlier.get(school.key);
    if (!old) {
      onlyAfter.push(school.name);
      continue;
    }
    seen.add(school.key);
    const was = shared.filter((f) => old.high.has(f)).map((f) => numberAfter.get(f)!);
    const is = shared.filter((f) => school.high.has(f)).map((f) => numberAfter.get(f)!);
    const gone = was.filter((n) => !is.includes(n));
    rows.push([
      school.municipality,
      school.name,
      compact(was),
      compact(is),
      compact(gone),
      compact(was.filter((n) => is.includes(n))),
      compact(is.filter((n) => !was.includes(n))),
      is.length === 0 ? "да" : "нет",
    ]);
    const m = byMunicipality.get(school.municipality) ?? [0, 0, 0, 0];
    m[0]++;
    m[1] += gone.length;
    if (is.length < was.length) m[2]++;
    if (is.length === 0) m[3]++;
    byMunicipality.set(school.municipality, m);
    for (const n of was) byFactor.get(n)![0]++;
    for (const n of is) byFactor.get(n)![1]++;
  }
  const onlyBefore = before.schools.filter((s) => !seen.has(s.key)).map((s) => s.name);
  return { rows, onlyBefore, onlyAfter, byMunicipality, byFactor };
}

/**
 * The data rows of the block whose header row holds `headers` in that order (anywhere on the sheet; a summary's
 * column may be merged over several sheet columns, its value in the first), each cut to those columns, down to the
 * first row whose first cell is empty.
 */
export function blockRows(cells: Cell[][], headers: string[]): Cell[][] {
  for (let r = 0; r < cells.length; r++) {
    const c = cells[r].indexOf(headers[0]);
    if (c < 0) continue;
    // the sheet columns of the headers: each the next filled cell of the header row
    const cols = [c];
    for (let j = c + 1; cols.length < headers.length && j < cells[r].length; j++)
      if (cells[r][j] !== null && cells[r][j] !== undefined && cells[r][j] !== "") cols.push(j);
    if (!headers.every((h, i) => cells[r][cols[i]] === h)) continue;
    const out: Cell[][] = [];
    for (let k = r + 1; k < cells.length && cells[k][c] !== null && cells[k][c] !== undefined; k++)
      out.push(cols.map((col) => cells[k][col] ?? null));
    return out;
  }
  throw new Error(`нет блока с заголовками ${headers.join(" | ")}`);
}
