/**
 * The steps before a plan end to end (SPEC §8, issue 9): generated results (long and wide layouts, three years and
 * three procedures, missing years, one login under two names) and a context table, with ИСБШ weights and a first
 * interview day in the settings sheet — through `shnor report` (the built CLI, spawned) and through the Office door
 * (runReports over the fake Excel). Both must write the four sheets with the rows of a separate reference, and a
 * rule changed in the settings sheet must change both the same way.
 */
import { spawnSync } from "child_process";
import { existsSync } from "fs";
import { join, resolve } from "path";
import { type Day, mustDayOf } from "../../src/core/calendar";
import type { Cell, SheetGrid } from "../../src/core/cell";
import { DEFAULT_IDENTIFICATION_SETTINGS, type IdentificationSettings } from "../../src/core/identification/settings";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { SETTINGS_SHEET_NAME, settingsToRows } from "../../src/core/settingsSheet";
import { gridOfWorksheet } from "../helpers/excelJsGrid";
import { runReports } from "../../src/excel/api";
import { contextGrid, generateRegion, longGrid, wideGrid } from "../fixtures/identification/generated";
import { createFakeExcel } from "../helpers/fakeExcel";
import { openWorkbook, tempFolder, writeWorkbook } from "../helpers/workbooks";
import { type RefRules, reference } from "./identificationReference";
import { buildCli } from "../helpers/buildCli";

const ROOT = resolve(__dirname, "..", "..");
const SHNOR = join(ROOT, "bin", "shnor.js");
const folder = tempFolder("shnor-identification-");
const AS_OF = "2024-03-20";
const FIRST_DAY = mustDayOf(2024, 3, 25);

const SHEETS = {
  identification: {
    name: "Выявление ШНОР",
    header: [
      "Муниципалитет",
      "Наименование ОО",
      "Логин",
      "Признак низких результатов",
      "Основания",
      "ИСБШ",
      "Неблагоприятные условия",
    ],
  },
  stableHigh: {
    name: "Стабильно высокие результаты",
    header: ["Муниципалитет", "Наименование ОО", "Логин", "Годы", "Средняя доля «2», %"],
  },
  partners: {
    name: "Сетевые пары",
    header: ["Муниципалитет ШНОР", "ШНОР", "Партнёр", "Муниципалитет партнёра", "Основание подбора"],
  },
  interviews: { name: "График собеседований", header: ["Дата", "Время", "Муниципалитет", "Наименование ОО"] },
} as const;
type SheetKey = keyof typeof SHEETS;

/** The settings sheet of the test: ИСБШ components with weights, the first interview day pinned; rules as given. */
function settingsGrid(rules: Partial<IdentificationSettings>): SheetGrid {
  const identification: IdentificationSettings = {
    ...DEFAULT_IDENTIFICATION_SETTINGS,
    ...rules,
    indexComponents: [
      { column: "Доля обучающихся с ОВЗ, %", direction: -1, weight: 1, normalisation: "minmax" },
      { column: "Доля семей с низким доходом, %", direction: -1, weight: 2, normalisation: "minmax" },
      { column: "Доля педагогов высшей категории, %", direction: 1, weight: 1, normalisation: "z" },
    ],
    timetable: { ...DEFAULT_IDENTIFICATION_SETTINGS.timetable, firstDay: FIRST_DAY, ...rules.timetable },
  };
  const cells = settingsToRows({ ...DEFAULT_SETTINGS, identification });
  return { name: SETTINGS_SHEET_NAME, cells, origin: { row: 0, col: 0 }, merges: [] };
}

/** The data rows of a report sheet's main table: from its header row to the first empty row. */
function mainRows(cells: Cell[][], header: readonly string[]): Cell[][] {
  const top = cells.findIndex((row) => header.every((h, i) => row[i] === h));
  expect(top).toBeGreaterThan(0);
  const rows: Cell[][] = [];
  for (const row of cells.slice(top + 1)) {
    if (row.slice(0, header.length).every((v) => v === null || v === "")) break;
    rows.push(row.slice(0, header.length).map((v) => v ?? ""));
  }
  return rows;
}

type Written = Record<SheetKey, Cell[][]>;

async function throughCli(name: string, grids: SheetGrid[]): Promise<Written> {
  const input = await writeWorkbook(
    join(folder, `${name}.xlsx`),
    grids.map((g) => ({ name: g.name, rows: g.cells, hidden: g.name === SETTINGS_SHEET_NAME })),
  );
  const out = join(folder, `${name}-отчёты.xlsx`);
  const run = spawnSync(process.execPath, [SHNOR, "report", input, "--out", out, "--as-of", AS_OF], {
    encoding: "utf8",
  });
  expect(run.stderr).not.toMatch(/внутренней ошибки|Внутренняя ошибка/);
  expect(run.status).toBe(0);
  const book = await openWorkbook(out);
  const sheet = (key: SheetKey): Cell[][] =>
    mainRows(gridOfWorksheet(book.getWorksheet(SHEETS[key].name)!).cells, SHEETS[key].header);
  return {
    identification: sheet("identification"),
    stableHigh: sheet("stableHigh"),
    partners: sheet("partners"),
    interviews: sheet("interviews"),
  };
}

async function throughOffice(grids: SheetGrid[]): Promise<Written> {
  const fake = createFakeExcel({
    sheets: grids.map((g) => ({
      name: g.name,
      cells: g.cells,
      visibility: g.name === SETTINGS_SHEET_NAME ? "Hidden" : "Visible",
    })),
  });
  Object.assign(globalThis, { Excel: fake.Excel, Office: fake.Office });
  try {
    const summary = await runReports("all", { asOf: mustDayOf(2024, 3, 20) });
    expect(summary.written.map((w) => w.sheetName)).toEqual(
      expect.arrayContaining(Object.values(SHEETS).map((s) => s.name)),
    );
  } finally {
    delete (globalThis as Record<string, unknown>).Excel;
    delete (globalThis as Record<string, unknown>).Office;
  }
  const snap = fake.workbookSnapshot();
  const sheet = (key: SheetKey): Cell[][] =>
    mainRows(snap.sheets.find((s) => s.name === SHEETS[key].name)!.cells, SHEETS[key].header);
  return {
    identification: sheet("identification"),
    stableHigh: sheet("stableHigh"),
    partners: sheet("partners"),
    interviews: sheet("interviews"),
  };
}

function expectMatchesReference(written: Written, ref: ReturnType<typeof reference>): void {
  // «Выявление ШНОР»: every school once, flag, missing years, ИСБШ and «Неблагоприятные условия».
  expect(written.identification).toHaveLength(ref.schools.size);
  for (const row of written.identification) {
    const [municipality, name, login, flag, grounds, index, unfavourable] = row;
    const s = ref.schools.get(String(login))!;
    expect([login, municipality, name, flag]).toEqual([s.login, s.municipality, s.name, s.flagged ? "да" : "нет"]);
    if (s.missing.length > 0) expect(grounds).toContain(`нет результатов за ${s.missing.join(", ")}`);
    else expect(grounds).not.toMatch(/нет результатов/);
    if (!s.flagged) expect(String(grounds)).not.toMatch(/\d{4}: |подряд/);
    expect(index).toBeCloseTo(ref.index.get(s.login)!.index, 9);
    expect(unfavourable).toBe(ref.index.get(s.login)!.unfavourable ? "да" : "нет");
  }
  // «Стабильно высокие результаты»: the register and its years.
  expect(new Map(written.stableHigh.map((r) => [r[2], r[3]]))).toEqual(
    new Map([...ref.register].map(([login, years]) => [login, years.join(", ")])),
  );
  // «Сетевые пары»: each flagged school's partner (by name), or none.
  const nameOf = (login: string | null): string => (login === null ? "" : ref.schools.get(login)!.name);
  const flaggedNames = new Map([...ref.schools.values()].filter((s) => s.flagged).map((s) => [s.name, s.login]));
  expect(new Map(written.partners.map((r) => [r[1], r[2]]))).toEqual(
    new Map([...flaggedNames].map(([name, login]) => [name, nameOf(ref.pairs.get(login)!)])),
  );
  // «График собеседований»: date, slot, municipality and school, in order.
  expect(written.interviews).toEqual(
    ref.interviews.map(([day, time, municipality, name]) => [day, time, municipality, name]),
  );
}

beforeAll(() => {
  buildCli();
  expect(existsSync(join(ROOT, "build", "cli", "cli", "main.js"))).toBe(true);
}, 120_000);

const DEFAULT_RULES: RefRules = {
  threshold: 30,
  stableHighShare: 10,
  partnerCap: 2,
  unfavourableShare: 10,
  firstDay: FIRST_DAY as Day,
  slotMinutes: 30,
};

describe.each([
  ["long", 20260101],
  ["wide", 31337],
] as const)("steps before a plan, %s layout (seed %d)", (layout, seed) => {
  const region = generateRegion(seed);
  const results = layout === "long" ? longGrid(region) : wideGrid(region);
  const grids = [results, contextGrid(region)];
  const ref = reference(region, results, layout, DEFAULT_RULES);

  it("the fixture has what the issue asks for: flagged and unflagged schools, a register, an unpaired school, missing years", () => {
    const schools = [...ref.schools.values()];
    expect(schools.filter((s) => s.flagged).length).toBeGreaterThan(2);
    expect(schools.filter((s) => s.missing.length > 0).length).toBeGreaterThan(2);
    expect(ref.register.size).toBeGreaterThan(0);
    expect([...ref.pairs.values()]).toContain(null);
    // Every flagged school gets a slot within the five days.
    expect(ref.interviews).toHaveLength(schools.filter((s) => s.flagged).length);
    if (layout === "long") expect(ref.schools.get(region[7].login)!.name).toBe(region[7].name);
  });

  it("`shnor report` writes the four sheets with the reference's rows", async () => {
    expectMatchesReference(await throughCli(`region-${layout}`, [...grids, settingsGrid({})]), ref);
  });

  it("runReports over the fake Excel writes the same four sheets", async () => {
    expectMatchesReference(await throughOffice([...grids, settingsGrid({})]), ref);
  });

  it("a threshold, a partner cap and an hour-long slot changed in the settings sheet change both doors the same way", async () => {
    const rules = {
      threshold: 25,
      partnerCap: 1,
      timetable: { ...DEFAULT_IDENTIFICATION_SETTINGS.timetable, firstDay: FIRST_DAY, slotMinutes: 60 },
    };
    const changedRef = reference(region, results, layout, {
      ...DEFAULT_RULES,
      threshold: 25,
      partnerCap: 1,
      slotMinutes: 60,
    });
    // Six slots a day: the interviews take several days, and every flagged school still fits.
    expect(new Set(changedRef.interviews.map((x) => x[0])).size).toBeGreaterThan(1);
    expect(changedRef.interviews).toHaveLength([...changedRef.schools.values()].filter((s) => s.flagged).length);
    const flaggedCount = (r: ReturnType<typeof reference>): number =>
      [...r.schools.values()].filter((s) => s.flagged).length;
    expect(flaggedCount(changedRef)).toBeGreaterThan(flaggedCount(ref));
    const cli = await throughCli(`region-${layout}-changed`, [...grids, settingsGrid(rules)]);
    const office = await throughOffice([...grids, settingsGrid(rules)]);
    expectMatchesReference(cli, changedRef);
    expect(office).toEqual(cli);
  });
});
