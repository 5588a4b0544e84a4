/**
 * A returned form read back (SPEC §10): its identity, each item's mark, date and comment found by the item's number
 * or, failing that, by its text's fingerprint, and the schools' indicator values. Everything a municipality may do
 * to a form — move or delete rows, change a locked text, type a date as text or outside the plan period, write a
 * mark that is not one of the three words — is read where it can be and told as a Problem with its sheet and cell;
 * nothing is silently merged or dropped. The form is only read.
 */
import { type Day, formatDay, isPlausibleDateSerial } from "../calendar";
import { type Cell, cellText, isBlank, normalizeText, type SheetGrid } from "../cell";
import { parseDeadline } from "../deadlines/parseDeadline";
import { readDateCell } from "../plan/doneMark";
import { cellProblem, type Problem } from "../problems";
import { type FormIdentity, fingerprint, IDENTITY_SHEET_NAME, isIdentitySheet, readIdentity } from "./identity";

/** The form's sheets and their headers (SPEC §10): the product's interface, kept exactly. */
export const FORM_SHEETS = { items: "Отчёт МОУО", schools: "Показатели ОО" } as const;
export const FORM_HEADERS = {
  number: "№",
  measure: "Мероприятие",
  deadline: "Сроки (как в плане)",
  executor: "Ответственный",
  mark: "Отметка о выполнении",
  date: "Дата выполнения",
  comment: "Комментарий, подтверждающий документ",
  schoolId: "Идентификатор ОО",
  school: "Наименование ОО",
} as const;
/** The three marks of the form's list; «выполняется» is a partial mark, not done (SPEC §3). */
export const FORM_MARKS = ["выполнено", "выполняется", "не выполнено"] as const;

interface Place {
  sheet: string;
  row: number;
  col: number;
}

export interface ReturnedItem {
  number: string;
  fingerprint: string;
  /** As the municipality wrote it; null when the row was deleted. */
  mark: Cell;
  /** The done date as a day serial when it could be read (a date typed as text too), else the cell as written. */
  date: Cell;
  comment: string;
  /** The mark's cell, for remarks; absent for a deleted row. */
  place?: Place;
}

export interface ReturnedSchool {
  id: string;
  name: string;
  /** Indicator header (as in the schools list) → the value written and its cell. */
  values: Map<string, { value: Cell; place: Place }>;
}

export interface ReturnedForm {
  file: string;
  identity: FormIdentity;
  /** One per identity item, in the identity's order. */
  items: ReturnedItem[];
  schools: ReturnedSchool[];
  problems: Problem[];
}

export type FormReading = { kind: "form"; form: ReturnedForm } | { kind: "damaged"; file: string; problems: Problem[] };

/** The files of a run that are returned forms: those holding a form's identity sheet. */
export function formFiles(grids: readonly SheetGrid[]): Set<string> {
  return new Set(grids.filter((g) => g.file !== undefined && isIdentitySheet(g)).map((g) => g.file!));
}

/** The header row of a sheet: the first row holding `key` (normalised); with each header's sheet column. */
function headerRow(grid: SheetGrid, key: string): { row: number; columns: Map<string, number> } | null {
  for (let r = 0; r < grid.cells.length; r++) {
    const texts = grid.cells[r].map((c) => normalizeText(cellText(c ?? null)));
    if (!texts.includes(normalizeText(key))) continue;
    const columns = new Map<string, number>();
    texts.forEach((t, c) => {
      if (t !== "" && !columns.has(t)) columns.set(t, grid.origin.col + c);
    });
    return { row: grid.origin.row + r, columns };
  }
  return null;
}

function sheetOf(grids: readonly SheetGrid[], name: string): SheetGrid | undefined {
  return grids.find((g) => (g.ownName ?? g.name) === name);
}

/** Reads one returned form: `grids` are the sheets of that file. */
export function readReturnedForm(file: string, grids: readonly SheetGrid[]): FormReading {
  const identityGrid = grids.find(isIdentitySheet);
  if (!identityGrid)
    return {
      kind: "damaged",
      file,
      problems: [{ file, message: `В файле нет листа «${IDENTITY_SHEET_NAME}»: это не форма`, severity: "error" }],
    };
  const identity = readIdentity(ownSheet(identityGrid));
  if (identity.kind === "damaged") return { kind: "damaged", file, problems: [{ ...identity.problem, file }] };
  const problems: Problem[] = [];
  const itemsGrid = sheetOf(grids, FORM_SHEETS.items);
  if (!itemsGrid)
    return {
      kind: "damaged",
      file,
      problems: [
        {
          file,
          message: `В форме нет листа «${FORM_SHEETS.items}»: отметки о выполнении не прочитаны, форма не учтена`,
          severity: "error",
        },
      ],
    };
  const items = readItems(ownSheet(itemsGrid), identity.identity, problems);
  if (items === null) return { kind: "damaged", file, problems: problems.map((p) => ({ ...p, file })) };
  const schoolsGrid = sheetOf(grids, FORM_SHEETS.schools);
  // the run's name of the sheet: the values replace the list's, and a later remark on one of them finds its file by it
  const schools = schoolsGrid ? readSchools(schoolsGrid, problems) : [];
  return {
    kind: "form",
    form: { file, identity: identity.identity, items, schools, problems: problems.map((p) => ({ ...p, file })) },
  };
}

const cellAt = (grid: SheetGrid, row: number, col: number | undefined): Cell =>
  col === undefined ? null : (grid.cells[row - grid.origin.row]?.[col - grid.origin.col] ?? null);

/** A form's sheet as its file names it: the problem names the file beside it (a run renames a sheet met in two files). */
function ownSheet(grid: SheetGrid): SheetGrid {
  return grid.ownName === undefined ? grid : { ...grid, name: grid.ownName };
}

/** Marks of the identity's items, each found by number, else by its text's fingerprint; null when a column is gone. */
function readItems(grid: SheetGrid, identity: FormIdentity, problems: Problem[]): ReturnedItem[] | null {
  const header = headerRow(grid, FORM_HEADERS.mark);
  const col = (name: string): number | undefined => header?.columns.get(normalizeText(name));
  const missing = [FORM_HEADERS.number, FORM_HEADERS.measure, FORM_HEADERS.mark, FORM_HEADERS.date].filter(
    (h) => col(h) === undefined,
  );
  if (header === null || missing.length > 0) {
    problems.push({
      sheet: grid.name,
      message: `На листе «${grid.name}» нет столбцов ${missing.map((h) => `«${h}»`).join(", ")}: отметки о выполнении не прочитаны, форма не учтена`,
      severity: "error",
    });
    return null;
  }
  const found = new Map<number, ReturnedItem>();
  const order: number[] = [];
  const byNumber = new Map(identity.items.map((item, i) => [item.number, i]));
  for (let row = header.row + 1; row < grid.origin.row + grid.cells.length; row++) {
    const number = cellText(cellAt(grid, row, col(FORM_HEADERS.number)));
    const measure = cellText(cellAt(grid, row, col(FORM_HEADERS.measure)));
    const mark = cellAt(grid, row, col(FORM_HEADERS.mark));
    const dateCell = cellAt(grid, row, col(FORM_HEADERS.date));
    const comment = cellText(cellAt(grid, row, col(FORM_HEADERS.comment)));
    if (number === "" && measure === "" && isBlank(mark) && isBlank(dateCell) && comment === "") continue;
    const markPlace = { sheet: grid.name, row, col: col(FORM_HEADERS.mark)! };
    const tell = (c: number, message: string, severity: Problem["severity"] = "error"): void => {
      problems.push(cellProblem(grid.name, row, c, message, severity));
    };
    const print = fingerprint(measure);
    const numbered = number === "" ? undefined : byNumber.get(number);
    const printed = identity.items.findIndex((item, i) => item.fingerprint === print && !found.has(i));
    let index: number;
    if (numbered !== undefined && identity.items[numbered].fingerprint === print) index = numbered;
    else if (printed >= 0) {
      index = printed;
      tell(
        col(FORM_HEADERS.number)!,
        `номер пункта «${number}» изменён (в выданной форме — «${identity.items[printed].number}»): строка прочитана по тексту мероприятия как пункт ${identity.items[printed].number}`,
        "warning",
      );
    } else if (numbered !== undefined) {
      index = numbered;
      tell(
        col(FORM_HEADERS.measure)!,
        `текст мероприятия пункта ${number} изменён (ячейка была защищена): строка прочитана по номеру пункта`,
        "warning",
      );
    } else {
      tell(
        markPlace.col,
        `строка с номером «${number}» и мероприятием «${measure.slice(0, 60)}» не относится ни к одному пункту выданной формы: не учтена`,
      );
      continue;
    }
    if (found.has(index)) {
      tell(
        markPlace.col,
        `пункт ${identity.items[index].number} встречается в форме второй раз (первый — строка ${found.get(index)!.place!.row + 1}): учтена первая строка`,
      );
      continue;
    }
    order.push(index);
    found.set(index, {
      ...identity.items[index],
      mark,
      date: readDate(dateCell, identity, (m, s) => tell(col(FORM_HEADERS.date)!, m, s)),
      comment,
      place: markPlace,
    });
    checkMark(mark, (m) => tell(markPlace.col, m));
  }
  if (order.some((index, i) => i > 0 && index < order[i - 1])) {
    problems.push({
      sheet: grid.name,
      row: header.row,
      message: "строки пунктов переставлены: каждая прочитана по номеру пункта и тексту мероприятия",
      severity: "info",
    });
  }
  return identity.items.map((item, i) => {
    const read = found.get(i);
    if (read) return read;
    problems.push({
      sheet: grid.name,
      row: header.row,
      message: `пункт ${item.number || i + 1} выданной формы удалён из неё: считается невыполненным этим муниципалитетом`,
      severity: "error",
    });
    return { ...item, mark: null, date: null, comment: "" };
  });
}

/** A mark not among the three words is told; what it reads as is the plan's rule (readDoneMark), as in a plan. */
function checkMark(mark: Cell, tell: (message: string) => void): void {
  if (isBlank(mark)) return;
  const text = cellText(mark).toLowerCase().replace(/ё/g, "е").replace(/\s+/g, " ");
  if ((FORM_MARKS as readonly string[]).includes(text)) return;
  tell(
    `отметка «${cellText(mark)}» — не из списка (${FORM_MARKS.map((m) => `«${m}»`).join(", ")}): прочитана по правилам отметок плана`,
  );
}

/**
 * The done date: a date, or a date typed as text («15.09.2021 г.», read as the plan reads it, else through the
 * deadline parser when it names one day); outside the plan period it is kept and told.
 */
function readDate(
  cell: Cell,
  identity: FormIdentity,
  tell: (message: string, severity: Problem["severity"]) => void,
): Cell {
  if (isBlank(cell)) return null;
  let day: Day | null | undefined = readDateCell(cell);
  if (day === null && typeof cell === "string") {
    const read = parseDeadline(cell, { ...identity.period, source: "run" });
    if (read.start !== undefined && read.start === read.end) day = read.start;
  }
  if (day === null || day === undefined || (typeof cell === "number" && !isPlausibleDateSerial(cell))) {
    tell(`дата выполнения «${cellText(cell)}» не прочитана: нужна дата дд.мм.гггг`, "error");
    return cell;
  }
  if (typeof cell === "string")
    tell(`дата выполнения записана текстом «${cellText(cell)}»: прочитана как ${formatDay(day)}`, "warning");
  if (day < identity.period.start || day > identity.period.end) {
    tell(
      `дата выполнения ${formatDay(day)} вне периода плана (${formatDay(identity.period.start)}–${formatDay(identity.period.end)})`,
      "warning",
    );
  }
  return day;
}

/** The schools' rows of «Показатели ОО»: every column after the school's id and name is an indicator, by header. */
function readSchools(grid: SheetGrid, problems: Problem[]): ReturnedSchool[] {
  const header = headerRow(grid, FORM_HEADERS.school);
  if (header === null) {
    problems.push({
      sheet: grid.name,
      message: `На листе «${grid.name}» нет столбца «${FORM_HEADERS.school}»: показатели школ не прочитаны`,
      severity: "error",
    });
    return [];
  }
  const headerCells = grid.cells[header.row - grid.origin.row];
  const idCol = header.columns.get(normalizeText(FORM_HEADERS.schoolId));
  const nameCol = header.columns.get(normalizeText(FORM_HEADERS.school))!;
  const indicators = headerCells
    .map((c, i) => ({ header: cellText(c ?? null), col: grid.origin.col + i }))
    .filter((h) => h.header !== "" && h.col !== idCol && h.col !== nameCol);
  const schools: ReturnedSchool[] = [];
  for (let row = header.row + 1; row < grid.origin.row + grid.cells.length; row++) {
    const id = cellText(cellAt(grid, row, idCol));
    const name = cellText(cellAt(grid, row, nameCol));
    if (id === "" && name === "") continue;
    schools.push({
      id,
      name,
      values: new Map(
        indicators.map((h) => [
          h.header,
          { value: cellAt(grid, row, h.col), place: { sheet: grid.name, row, col: h.col } },
        ]),
      ),
    });
  }
  return schools;
}
