/**
 * The risk-factor catalogue (перечень рисковых факторов, SPEC §2) and how column headers name a factor.
 * The catalogue is data: FIOKO's 2020–2021 list is the default, and a workbook's own list (a sheet listing
 * № and name, or a header row naming factors in another order or count) wins over it.
 */
import { type Cell, cellText, isBlank, type SheetGrid } from "../cell";
import { cellProblem, type Problem } from "../problems";
import type { FactorInfo } from "../tables/records";

/** FIOKO 2020–2021, numbered as in the Omsk regional plan of 22.03.2021 № 734. */
export const DEFAULT_FACTORS: FactorInfo[] = [
  "Низкий уровень оснащения школы",
  "Дефицит педагогических кадров",
  "Недостаточная предметная и методическая компетентность педагогических работников",
  "Высокая доля обучающихся с ограниченными возможностями здоровья (ОВЗ)",
  "Низкое качество преодоления языковых и культурных барьеров",
  "Низкая учебная мотивация обучающихся",
  "Пониженный уровень качества школьной образовательной и воспитательной среды",
  "Низкий уровень дисциплины в классе",
  "Высокая доля обучающихся с рисками учебной неуспешности",
  "Низкий уровень вовлеченности родителей",
].map((name, i) => ({ number: i + 1, name }));

/** Lower case, «ё»→«е», everything but letters, digits and «№» to single spaces («РФ-3.» → «рф 3»). */
function plain(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/[^\p{L}\p{N}№]+/gu, " ")
    .trim();
}

/** «РФ3», «РФ 3», «Р3», «Фактор 3», «Риск 3», «Рисковый фактор № 3», «РФ3. Недостаточная …» */
const NUMBERED = /^(?:рф|р|фактор|риск|рисковый фактор|фактор риска)\s*№?\s*(\d{1,2})(?:\s+(.*))?$/;

/** Is this a group header over factor columns («Рисковые факторы (уровень значимости)», «Факторы риска»)? */
export function isRiskGroupHeader(header: string): boolean {
  return /(^|\s)(рисков|риск|фактор|рф(\s|$))/.test(plain(header));
}

/**
 * The factor number a header states, whether or not the catalogue has it: «РФ3» → 3; «3» only under a
 * group header naming risk factors. Null when the header states no number.
 */
export function factorNumberInHeader(header: string, underRiskGroupHeader: boolean): number | null {
  const text = plain(header);
  const numbered = NUMBERED.exec(text);
  if (numbered) return Number(numbered[1]);
  if (underRiskGroupHeader && /^\d{1,2}$/.test(text)) return Number(text);
  return null;
}

/** Words that carry meaning, cut to a short stem so that case endings do not matter. */
function stems(text: string): string[] {
  return plain(text)
    .split(" ")
    .filter((w) => w.length >= 3)
    .map((w) => w.slice(0, 5));
}

/** Stems of each factor's name, computed once per catalogue. */
const NAME_STEMS = new WeakMap<readonly FactorInfo[], string[][]>();

function nameStems(catalogue: readonly FactorInfo[]): string[][] {
  let found = NAME_STEMS.get(catalogue);
  if (!found) NAME_STEMS.set(catalogue, (found = catalogue.map((f) => stems(f.name))));
  return found;
}

/**
 * Does a header (as stems) name a factor (as stems): the full name, or a clear part of it that starts like the
 * name and has at least two meaningful words («Дефицит педагогических кадров», «Высокая доля обучающихся с
 * ОВЗ», «Недостаточная предметная …»)?
 */
function namesFactor(header: string[], name: string[]): boolean {
  if (header.length === 0) return false;
  if (name.every((s) => header.includes(s))) return true;
  return header.length >= 2 && header[0] === name[0] && header.every((s) => name.includes(s));
}

/**
 * Do two catalogues' names name the same factor, endings and case aside, one perhaps a clear part of the other
 * («Высокая доля обучающихся с ОВЗ» ~ «Высокая доля обучающихся с ограниченными возможностями здоровья (ОВЗ)»)?
 */
export function sameFactorName(a: string, b: string): boolean {
  const x = stems(a);
  const y = stems(b);
  return namesFactor(x, y) || namesFactor(y, x);
}

/** The one catalogue factor a header names by its name, or null (none, or more than one). */
function factorByName(header: string, catalogue: readonly FactorInfo[]): number | null {
  const h = stems(header);
  if (h.length === 0) return null;
  const names = nameStems(catalogue);
  const found = catalogue.filter((_, i) => namesFactor(h, names[i]));
  return found.length === 1 ? found[0].number : null;
}

/**
 * The catalogue number of the factor a header names: «РФ3», «РФ 3», «Р3», «Фактор 3», «Риск 3»,
 * «РФ3. Недостаточная …», «3» (only under a group header naming risk factors), or the factor's name or a
 * clear part of it. Null when the header names no factor of this catalogue.
 */
export function matchFactorHeader(
  header: string,
  catalogue: FactorInfo[],
  underRiskGroupHeader: boolean,
): number | null {
  const stated = factorNumberInHeader(header, underRiskGroupHeader);
  if (stated !== null) return catalogue.some((f) => f.number === stated) ? stated : null;
  return factorByName(header, catalogue);
}

/** The header's text without a leading «РФ3.»: the factor's name as the workbook writes it. */
function nameInHeader(header: string): string {
  return header.replace(/^\s*(?:РФ|Р|Фактор|Риск)\s*№?\s*\d{1,2}\s*[.):–—-]?\s*/iu, "").trim();
}

/**
 * The workbook's own catalogue from the headers of its factor columns (in column order), or null when they are
 * numbers only or name the default factors in the default order. A header «РФ3. …» keeps its number; a header
 * with a name only is numbered by its position.
 */
export function catalogueFromHeaders(headers: string[], defaults: FactorInfo[] = DEFAULT_FACTORS): FactorInfo[] | null {
  const named = headers.map((h) => ({ header: h, name: nameInHeader(h), number: factorNumberInHeader(h, false) }));
  if (named.length === 0 || named.some((h) => !/\p{L}{3}/u.test(h.name))) return null;
  // A header that states a number and a name agreeing with the default keeps the default.
  const numbers = named.map((h) => {
    const byName = factorByName(h.name, defaults);
    return h.number === null || h.number === byName ? byName : null;
  });
  const inDefaultOrder = numbers.every((n, i) => n !== null && (i === 0 || n > numbers[i - 1]!));
  if (inDefaultOrder) return null;
  const own = named.map((h, i) => ({ number: h.number ?? i + 1, name: h.name }));
  return new Set(own.map((f) => f.number)).size === own.length
    ? own
    : named.map((h, i) => ({ number: i + 1, name: h.name }));
}

function isListNameHeader(text: string): boolean {
  return /^(наименование )?(рисков\p{L}* фактор|фактор\p{L}* риска|фактор)/u.test(plain(text));
}

/**
 * A sheet listing the workbook's own factors: a header row with «№» and «Рисковый фактор» (or «Наименование
 * рискового фактора», «Фактор»), then a row per factor. Null when the sheet is not such a list.
 */
export function readFactorListSheet(grid: SheetGrid): { factors: FactorInfo[]; problems: Problem[] } | null {
  const rows = grid.cells;
  for (let r = 0; r < Math.min(rows.length, 20); r++) {
    const row = rows[r];
    const numberCol = row.findIndex((c) => typeof c === "string" && /^(№|n|номер)( п п)?$/.test(plain(c)));
    const nameCol = row.findIndex((c) => typeof c === "string" && isListNameHeader(c));
    // A list is «№ | Рисковый фактор» (perhaps with a comment column), not a wide table with a factor group header.
    const filled = row.filter((c) => !isBlank(c)).length;
    if (numberCol < 0 || nameCol < 0 || filled > 3) continue;
    return readFactorRows(grid, r + 1, numberCol, nameCol);
  }
  return null;
}

function readFactorRows(
  grid: SheetGrid,
  from: number,
  numberCol: number,
  nameCol: number,
): { factors: FactorInfo[]; problems: Problem[] } | null {
  const factors: FactorInfo[] = [];
  const problems: Problem[] = [];
  for (let r = from; r < grid.cells.length; r++) {
    const numberCell: Cell = grid.cells[r][numberCol] ?? null;
    const nameCell: Cell = grid.cells[r][nameCol] ?? null;
    if (isBlank(numberCell) && isBlank(nameCell)) continue;
    const number = Number(cellText(numberCell).replace(/\.$/, ""));
    const at = (col: number): [string, number, number] => [grid.name, grid.origin.row + r, grid.origin.col + col];
    if (!Number.isInteger(number) || number < 1 || factors.some((f) => f.number === number)) {
      problems.push(
        cellProblem(
          ...at(numberCol),
          `перечень рисковых факторов: номер «${cellText(numberCell)}» не является новым целым числом; строка пропущена`,
        ),
      );
    } else if (isBlank(nameCell)) {
      problems.push(
        cellProblem(
          ...at(nameCol),
          `перечень рисковых факторов: у фактора ${number} нет наименования; строка пропущена`,
        ),
      );
    } else if (!/\p{L}{3}.*\s.*\p{L}{3}/u.test(cellText(nameCell))) {
      problems.push(
        cellProblem(
          ...at(nameCol),
          `перечень рисковых факторов: «${cellText(nameCell)}» не похоже на наименование фактора ${number}; строка пропущена`,
        ),
      );
    } else {
      factors.push({ number, name: cellText(nameCell) });
    }
  }
  return factors.length >= 2 ? { factors: factors.sort((a, b) => a.number - b.number), problems } : null;
}
