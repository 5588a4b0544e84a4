/**
 * A form's identity (SPEC §10): plan title and period, municipality, quarter, the item numbers each with a
 * fingerprint of its text, the due date and the date it was made. It is written as a hidden sheet of plain text
 * cells: LibreOffice keeps a hidden sheet (it turns «veryHidden» into «hidden»), Р7-Офис and МойОфис keep sheets
 * and text, and the first row tells anyone who unhides it not to change it. Read back, it tells a returned form
 * from any other workbook, so a form is never read as a plan or a schools table.
 */
import { type Day, formatDay, isoDay, parseIsoDay } from "../calendar";
import { type Cell, cellText, normalizeText, type SheetGrid } from "../cell";
import { type Quarter, parseQuarter, quarterKey } from "../plan/quarter";
import { cellProblem, type Problem } from "../problems";

export const IDENTITY_SHEET_NAME = "Паспорт формы";
const MARKER = "ПАСПОРТ ФОРМЫ — НЕ ИЗМЕНЯТЬ";
const KIND = "Форма МОУО, версия 1";

export interface FormItemIdentity {
  /** The item's number as the plan writes it («1.2»); empty when the plan numbers nothing. */
  number: string;
  /** fingerprint() of the item's text. */
  fingerprint: string;
}

export interface FormIdentity {
  /** The plan's title, or its sheet when it has none. */
  plan: string;
  period: { start: Day; end: Day };
  municipality: string;
  quarter: Quarter;
  due: Day;
  made: Day;
  items: FormItemIdentity[];
}

/**
 * A short fingerprint of an item's text: 32-bit FNV-1a of its normalised words (case, «ё», punctuation and spaces
 * aside), so that a retyped space is no change but a changed word is.
 */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (const ch of normalizeText(text)) {
    hash ^= ch.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

const KEYS = {
  kind: "Вид",
  plan: "План",
  period: "Период плана",
  municipality: "Муниципалитет",
  quarter: "Квартал",
  due: "Срок представления",
  made: "Дата формирования",
  item: "Пункт",
} as const;

/** The hidden sheet's rows: every value text, so that no office suite turns it into a number or a date. */
export function identityRows(identity: FormIdentity): Cell[][] {
  return [
    [
      `${MARKER}. По этому листу программа «Адресная помощь 500+» узнаёт форму при сводке; изменённый лист — форма не будет учтена.`,
    ],
    ["Параметр", "Значение", "Отпечаток текста"],
    [KEYS.kind, KIND],
    [KEYS.plan, identity.plan],
    [KEYS.period, `${isoDay(identity.period.start)}..${isoDay(identity.period.end)}`],
    [KEYS.municipality, identity.municipality],
    [KEYS.quarter, quarterKey(identity.quarter)],
    [KEYS.due, isoDay(identity.due)],
    [KEYS.made, isoDay(identity.made)],
    ...identity.items.map((item): Cell[] => [KEYS.item, item.number, item.fingerprint]),
  ];
}

/** Is this sheet a form's identity (by its own name in its file and its first cell)? */
export function isIdentitySheet(grid: SheetGrid): boolean {
  return (grid.ownName ?? grid.name) === IDENTITY_SHEET_NAME && cellText(grid.cells[0]?.[0] ?? null).startsWith(MARKER);
}

export type IdentityReading = { kind: "identity"; identity: FormIdentity } | { kind: "damaged"; problem: Problem };

/** The identity read back; a damaged one is told with its sheet and cell (the form is then not counted). */
export function readIdentity(grid: SheetGrid): IdentityReading {
  const values = new Map<string, { value: string; row: number }>();
  const items: FormItemIdentity[] = [];
  grid.cells.forEach((row, r) => {
    const key = cellText(row[0] ?? null);
    if (key === KEYS.item) items.push({ number: cellText(row[1] ?? null), fingerprint: cellText(row[2] ?? null) });
    else if (!values.has(key)) values.set(key, { value: cellText(row[1] ?? null), row: r });
  });
  const at = (key: string): { row: number; col: number } => ({
    row: grid.origin.row + (values.get(key)?.row ?? 0),
    col: grid.origin.col + 1,
  });
  const damaged = (key: string, what: string): IdentityReading => {
    const { row, col } = at(key);
    return {
      kind: "damaged",
      problem: cellProblem(
        grid.name,
        row,
        col,
        `Паспорт формы повреждён: ${what}; форма не учтена. Возьмите форму заново или восстановите лист «${IDENTITY_SHEET_NAME}» из исходной формы`,
      ),
    };
  };
  if (values.get(KEYS.kind)?.value !== KIND) return damaged(KEYS.kind, `«${KEYS.kind}» не «${KIND}»`);
  const period = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(values.get(KEYS.period)?.value ?? "");
  const start = period ? parseIsoDay(period[1]) : null;
  const end = period ? parseIsoDay(period[2]) : null;
  if (start === null || end === null)
    return damaged(KEYS.period, `период плана «${values.get(KEYS.period)?.value ?? ""}» не прочитан`);
  const quarter = parseQuarter(values.get(KEYS.quarter)?.value ?? "");
  if (quarter === null) return damaged(KEYS.quarter, `квартал «${values.get(KEYS.quarter)?.value ?? ""}» не прочитан`);
  const due = parseIsoDay(values.get(KEYS.due)?.value ?? "");
  if (due === null) return damaged(KEYS.due, `срок представления «${values.get(KEYS.due)?.value ?? ""}» не прочитан`);
  const made = parseIsoDay(values.get(KEYS.made)?.value ?? "");
  if (made === null)
    return damaged(KEYS.made, `дата формирования «${values.get(KEYS.made)?.value ?? ""}» не прочитана`);
  const municipality = values.get(KEYS.municipality)?.value ?? "";
  if (municipality === "") return damaged(KEYS.municipality, "муниципалитет не указан");
  return {
    kind: "identity",
    identity: {
      plan: values.get(KEYS.plan)?.value ?? "",
      period: { start, end },
      municipality,
      quarter,
      due,
      made,
      items,
    },
  };
}

/** «план «…», 01.01.2021–31.12.2021» — how messages name a form's plan. */
export function planInWords(identity: Pick<FormIdentity, "plan" | "period">): string {
  return `план «${identity.plan}» (${formatDay(identity.period.start)}–${formatDay(identity.period.end)})`;
}
