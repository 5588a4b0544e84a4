/**
 * Several input files, each with its own settings sheet (SPEC §5: a plan takes its period from its own title or
 * settings, never from another plan's). The first settings sheet read is the run's (also for a file without one); a
 * later file's sheet is applied to that file's own sheets and plans: its plan periods, school-year end and school quarters (how its titles and deadlines
 * read), its column meanings and its quarter-report day. Its other rows are about the one schools list of the run
 * (curator cap, indicators, dynamics, identification): the run's stay in force, and a note says so when they differ.
 */
import type { SheetGrid } from "./cell";
import { normalizeText } from "./cell";
import type { Problem } from "./problems";
import { DEFAULT_SETTINGS, type Settings } from "./settings";
import { readSettingsRows, SETTINGS_SHEET_NAME } from "./settingsSheet";

export interface RunSettings {
  /** The first settings sheet's (the defaults without one): the run's. */
  settings: Settings;
  /** A later file's own settings, by its file name, with its sheet names as the run names them. */
  byFile: ReadonlyMap<string, Settings>;
  problems: Problem[];
  notes: string[];
}

/** Rows of a later file's sheet that the run cannot apply to that file alone, by the settings they fill. */
const RUN_WIDE: { field: keyof Settings; words: string }[] = [
  { field: "curatorCap", words: "норма кураторов" },
  { field: "indicatorsOff", words: "отключённые показатели" },
  { field: "dynamicsBetter", words: "направления динамики" },
  { field: "indicatorTies", words: "связи показателей плана" },
  { field: "identification", words: "выявление ШНОР, ИСБШ, сетевые пары и собеседования" },
];

export function readRunSettings(grids: readonly SheetGrid[]): RunSettings {
  const sheets = grids.filter((g) => g.name === SETTINGS_SHEET_NAME);
  if (sheets.length === 0) return { settings: DEFAULT_SETTINGS, byFile: new Map(), problems: [], notes: [] };
  const first = readSettingsRows(sheets[0]);
  // The run's sheet may be a later file's (the first has none): it names that file's sheets as the file does.
  if (sheets[0].file !== undefined) first.settings = withRunSheetNames(first.settings, grids, sheets[0].file);
  const problems = [...first.problems];
  const notes: string[] = [];
  const byFile = new Map<string, Settings>();
  for (const sheet of sheets.slice(1)) {
    // Only the file door reads several files; each of its sheets knows its file.
    if (sheet.file === undefined || sheet.file === sheets[0].file || byFile.has(sheet.file)) continue;
    const own = readSettingsRows(sheet);
    problems.push(...own.problems.map((p) => ({ ...p, file: sheet.file })));
    byFile.set(sheet.file, withRunSheetNames(own.settings, grids, sheet.file));
    const differing = RUN_WIDE.filter(
      ({ field }) => JSON.stringify(own.settings[field]) !== JSON.stringify(first.settings[field]),
    ).map((r) => r.words);
    notes.push(
      `Лист «${SETTINGS_SHEET_NAME}» файла «${sheet.file}» применён к листам и планам этого файла (период плана, конец учебного года, учебные четверти, значения колонок, срок отчёта за квартал)` +
        (differing.length > 0
          ? `; его строки о списке школ (${differing.join("; ")}) не применены: действуют настройки файла «${sheets[0].file}»`
          : ""),
    );
  }
  return { settings: first.settings, byFile, problems, notes };
}

/**
 * The settings a sheet of the run is read with: its file's own, with the run's column meanings after them (a row of
 * the first file may name a later file's sheet), else the run's.
 */
export function settingsOfFile(
  run: Settings,
  byFile: ReadonlyMap<string, Settings>,
  file: string | undefined,
): Settings {
  const own = file === undefined ? undefined : byFile.get(file);
  return own === undefined ? run : { ...own, columnOverrides: [...own.columnOverrides, ...run.columnOverrides] };
}

/**
 * A later file's sheet that the run renamed («Дорожная карта [б.xlsx]», beside a sheet of that name in another file)
 * is named by the file's own settings as the file names it: its rows are given the run's name.
 */
function withRunSheetNames(settings: Settings, grids: readonly SheetGrid[], file: string): Settings {
  const renamed = new Map(
    grids.filter((g) => g.file === file && g.ownName !== undefined).map((g) => [normalizeText(g.ownName!), g.name]),
  );
  if (renamed.size === 0) return settings;
  const runName = (sheet: string): string => renamed.get(normalizeText(sheet)) ?? sheet;
  return {
    ...settings,
    columnOverrides: settings.columnOverrides.map((o) => ({ ...o, sheet: runName(o.sheet) })),
    planPeriods: settings.planPeriods.map((p) => ({ ...p, plan: runPlanKey(p.plan, runName) })),
  };
}

/** A plan's key is its sheet, or «<лист>, строка N» beside another plan of that sheet (PlanInfo.key). */
function runPlanKey(key: string, runName: (sheet: string) => string): string {
  const m = /^(.*), строка (\d+)$/.exec(key);
  return m ? `${runName(m[1])}, строка ${m[2]}` : runName(key);
}
