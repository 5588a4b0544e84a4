/**
 * The engine both doors run: grids in, report sheets out. Reads the settings sheet, applies the
 * precedence of SPEC §8 (this run's choice > settings sheet > found in the workbook > defaults), reads
 * the workbook once, builds every report its data allows and «Замечания» with everything met on the way.
 * Pure: the add-in (src/excel) and the command line (src/cli) only read grids and write the results.
 */
import { type Day, today } from "../core/calendar";
import { planPeriods } from "../core/plan/evaluate";
import { asOfWarning, planEndedLongBefore } from "../core/plan/staleAsOf";
import type { SheetGrid } from "../core/cell";
import { errorText } from "../core/errorText";
import { PLAN_PERIOD_HINT, parsePlanPeriod } from "../core/periodText";
import type { Problem } from "../core/problems";
import { readRunSettings } from "../core/fileSettings";
import { formFiles, readReturnedForm } from "../core/forms/formReturn";
import type { Settings } from "../core/settings";
import { matchMunicipality, municipalitiesOf, municipalityRefusal } from "../core/risk/scope";
import { readWorkbook } from "../core/tables/readWorkbook";
import type { WorkbookData } from "../core/tables/records";
import { type ReportContext, type RunFacts, runFacts } from "./context";
import { describeRecognition } from "./describeRecognition";
import { identificationSummary } from "./identificationReport";
import type { SheetDescription } from "./model";
import { planIndicatorTieNotes } from "./planIndicatorsReport";
import { planSummaryLines } from "./planStatusReport";
import type { Recognition } from "./recognition";
import {
  type Built,
  type ChoiceRequirement,
  DATA_REPORT_IDS,
  type DataReportId,
  REPORT_SHEET_NAMES,
  REPORTS,
  type ReportId,
} from "./registry";
import { buildRemarksReport, ownRemarks } from "./remarksReport";
import { consolidateForms } from "./roundReports";

/** What the user chose for this run only (never stored): the pane's fields or the command line's options. */
export interface RunChoice {
  /** «на дату». */
  asOf: Day;
  /** Only this municipality's schools. */
  municipality?: string;
  /** A plan period for this run: «2021-2022», «2020-2021 учебный год», «2021-01-01..2022-12-31». */
  planPeriodText?: string;
  /** The quarter of «Отчёт за квартал»: «2021-3», «III квартал 2021»; default: each plan's last quarter ended by «на дату». */
  quarterText?: string;
}

export interface EngineResult {
  /** Built sheets in SPEC §6 order, «Замечания» last (always there). */
  sheets: SheetDescription[];
  recognition: Recognition;
  /** Every problem of the run, de-duplicated, in reading order (the same list «Замечания» shows). */
  problems: Problem[];
  /** Short lines for the pane and the command line: what was built, what was not and why. */
  summary: string[];
  /** Settings in force for the run (settings sheet over defaults). */
  settings: Settings;
  /** Why the run's municipality selects no one municipality of the schools list (the command line refuses to write). */
  municipalityRefused?: string;
  /**
   * A run choice a report cannot be built with (the quarter of «Отчёт за квартал»: unreadable, or outside every plan
   * period; registry.ts): nothing is written. `option` as the doors name it.
   */
  choiceRefused?: { option: ChoiceRequirement["option"]; message: string };
}

/**
 * The run's facts (RunFacts) that carry problems of their own: the plan's evaluation (its deadlines and marks) and
 * the results table's reading, in the order they are listed when one report reads both.
 */
const FACT_PROBLEMS = [
  ["plan", (facts: RunFacts) => facts.plan.problems],
  ["identification", (facts: RunFacts) => facts.identification.data.problems],
] as const;

type FactWithProblems = (typeof FACT_PROBLEMS)[number][0];

/** A step of a run begins: finding the tables, then each report by its sheet name (the report page's progress bar). */
export type EngineStep = { kind: "tables" } | { kind: "report"; sheetName: string; index: number; count: number };

export function runEngine(
  grids: SheetGrid[],
  reportSheets: Set<string>,
  choice: RunChoice,
  ids: readonly ReportId[] = DATA_REPORT_IDS,
  onStep: (step: EngineStep) => void = () => undefined,
): EngineResult {
  const problems: Problem[] = [];
  // Returned forms (SPEC §10) are read as forms, never as the workbook's tables.
  const forms = formFiles(grids);
  const tableGrids = forms.size === 0 ? grids : grids.filter((g) => g.file === undefined || !forms.has(g.file));
  const { settings, byFile, problems: settingsProblems, notes: settingsNotes } = readRunSettings(tableGrids);
  problems.push(...settingsProblems);
  const ctx: ReportContext = { asOf: choice.asOf, settings, municipality: choice.municipality?.trim() || undefined };
  if (byFile.size > 0) ctx.fileSettings = byFile;
  if (choice.planPeriodText?.trim()) {
    const period = parsePlanPeriod(choice.planPeriodText, settings.schoolYearEnd, "run");
    if (period) ctx.planPeriod = { ...period, text: choice.planPeriodText.trim() };
    else
      problems.push({
        message: `Период плана «${choice.planPeriodText}» не распознан: ${PLAN_PERIOD_HINT}. Отчёты построены без него.`,
        severity: "error",
      });
  }

  onStep({ kind: "tables" });
  const data = readWorkbook(tableGrids, settings, reportSheets, byFile);
  if (forms.size > 0)
    data.forms = [...forms].map((file) =>
      readReturnedForm(
        file,
        grids.filter((g) => g.file === file),
      ),
    );
  // The run's choices a report rests on, read before any report; one it cannot be built with refuses it.
  const refused = new Map<DataReportId, { option: ChoiceRequirement["option"]; message: string }>();
  for (const entry of REPORTS) {
    if (!("choice" in entry)) continue;
    const reason = entry.choice.read(choice, data, ctx);
    if (reason === undefined) continue;
    refused.set(entry.id, { option: entry.choice.option, message: reason });
    problems.push({ message: `${capitalized(reason)} Отчёт «${entry.sheetName}» не построен.`, severity: "error" });
  }
  const asOfWarningLine = staleAsOf(data, ctx);
  problems.push(...data.problems);
  const recognition = describeRecognition(data);
  // Worked out once, on first use: the plan is evaluated once however many reports show it.
  const facts = runFacts(data, ctx);
  // Before any report: the forms' indicator values replace the list's in all of them.
  const round = consolidateForms(
    data,
    ctx,
    facts.plan,
    new Map(
      grids.flatMap((g) => (g.file !== undefined && g.fileModified !== undefined ? [[g.file, g.fileModified]] : [])),
    ),
  );
  problems.push(...round.problems);
  // «Что найдено» says which column measures each plan indicator (a copy: the data's own notes stay as read).
  if (recognition.available.includes("planIndicators"))
    recognition.notes = [...recognition.notes, ...planIndicatorTieNotes(data, ctx, facts)];
  let municipalityRefused: string | undefined;
  if (ctx.municipality !== undefined && data.schools.length > 0) {
    // One rule for both doors (SPEC §8): the typed words name one municipality of the schools list, or the run says why not.
    const match = matchMunicipality(municipalitiesOf(data), ctx.municipality);
    if (match.kind === "one") ctx.municipality = match.name;
    else {
      municipalityRefused = municipalityRefusal(municipalitiesOf(data), ctx.municipality)!;
      problems.push({ message: `${capitalized(municipalityRefused)} Отчёты по школам пусты.`, severity: "error" });
    }
  }

  const sheets: SheetDescription[] = [];
  const summary: string[] = asOfWarningLine === undefined ? [] : [asOfWarningLine];
  const notBuilt: string[] = [];
  /** Reports without their data, by what is missing: four reports wanting one table are one line. */
  const missing = new Map<string, string[]>();
  /** The facts whose problems are already listed (FACT_PROBLEMS). */
  const listedFacts = new Set<FactWithProblems>();
  const toBuild = REPORTS.filter(({ id }) => ids.includes(id) && recognition.available.includes(id));
  for (const { id, sheetName: name, build, needs } of REPORTS) {
    if (!ids.includes(id)) continue;
    if (!recognition.available.includes(id)) {
      if (needs.given?.(data) === false) continue;
      missing.set(needs.missing, [...(missing.get(needs.missing) ?? []), name]);
      continue;
    }
    onStep({ kind: "report", sheetName: name, index: toBuild.findIndex((r) => r.id === id), count: toBuild.length });
    const refusal = refused.get(id);
    if (refusal !== undefined) {
      notBuilt.push(`Отчёт «${name}» не построен: ${refusal.message}`);
      continue;
    }
    try {
      const read = new Set<FactWithProblems>();
      const built = build(data, ctx, {
        get plan() {
          read.add("plan");
          return facts.plan;
        },
        get identification() {
          read.add("identification");
          return facts.identification;
        },
        risk: facts.risk,
        round: round.facts,
      } satisfies RunFacts);
      const own = sheetsOf(built);
      sheets.push(...own);
      // A fact's problems are its own, not a report's: listed once, with the first sheet written that reads the fact.
      for (const [fact, problemsOf] of FACT_PROBLEMS)
        if (read.has(fact) && own.length > 0 && !listedFacts.has(fact)) {
          problems.push(...problemsOf(facts));
          listedFacts.add(fact);
        }
      for (const sheet of own) problems.push(...sheet.problems);
      if ("notBuilt" in built) notBuilt.push(...built.notBuilt);
    } catch (error) {
      // A builder's defect must not take the other reports down; it is shown, never hidden.
      notBuilt.push(
        `Отчёт «${name}» не построен из-за внутренней ошибки: ${errorText(error)}. Сообщите разработчикам.`,
      );
    }
  }
  notBuilt.unshift(...[...missing].map(([reason, names]) => notBuiltLine(names, reason)));
  const unique = ownRemarks(withFiles(problems, grids), data, ctx.municipality);
  if (sheets.length > 0)
    summary.push(`Построены отчёты: ${[...new Set(sheets.map((s) => `«${s.sheetName}»`))].join(", ")}.`);
  else summary.push("Ни один отчёт не построен: в книге не найдено нужных данных.");
  if (sheets.some((s) => s.reportId === "planStatus")) summary.push(...planSummaryLines(facts.plan));
  if (sheets.some((s) => s.reportId === "identification"))
    summary.push(identificationSummary(facts.identification, ctx));
  summary.push(...notBuilt);
  if (unique.length > 0) summary.push(remarksCountLine(unique, true));

  sheets.push(...buildRemarksReport(unique, recognition, [...notBuilt, ...settingsNotes], ctx));
  const result: EngineResult = { sheets, recognition, problems: unique, summary, settings };
  if (municipalityRefused !== undefined) result.municipalityRefused = municipalityRefused;
  const choiceRefused = [...refused.values()][0];
  if (choiceRefused !== undefined) result.choiceRefused = choiceRefused;
  return result;
}

function notBuiltLine(names: string[], reason: string): string {
  const quoted = names.map((n) => `«${n}»`).join(", ");
  return names.length === 1 ? `Отчёт ${quoted} не построен: ${reason}.` : `Отчёты ${quoted} не построены: ${reason}.`;
}

/** How many remarks a run has; `sheet`: where to read them, when the file or workbook holds a «Замечания» sheet. */
export function remarksCountLine(problems: readonly Problem[], sheet: boolean): string {
  const errors = problems.filter((p) => p.severity === "error").length;
  return `Замечаний к данным: ${problems.length}, из них ошибок: ${errors}${sheet ? ` (см. лист «${REPORT_SHEET_NAMES.remarks}»)` : ""}.`;
}

/** A builder's sheets, whichever of its forms it gave. */
function sheetsOf(built: Built): readonly SheetDescription[] {
  if ("sheets" in built) return built.sheets;
  return Array.isArray(built) ? built : [built as SheetDescription];
}

/**
 * «на дату» left at today (the doors' default: the date field shows today, the command line had no --as-of) while
 * every plan period ended more than a quarter before it: ctx.planEnded for the titles, and the warning line.
 */
function staleAsOf(data: WorkbookData, ctx: ReportContext): string | undefined {
  if (data.plans.length === 0 || ctx.asOf !== today()) return undefined;
  const ended = planEndedLongBefore(
    planPeriods(data, ctx).map((p) => p.end),
    ctx.asOf,
  );
  if (ended === null) return undefined;
  ctx.planEnded = ended;
  return asOfWarning(ctx.asOf, ended);
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** When the run read several files, each problem of a sheet names that sheet's file (SPEC §6). */
function withFiles(problems: Problem[], grids: SheetGrid[]): Problem[] {
  const fileOf = new Map<string, string>();
  // Every file has its settings sheet under the same name: the first is the run's; a later one's problems name their file.
  for (const g of grids) if (g.file !== undefined && !fileOf.has(g.name)) fileOf.set(g.name, g.file);
  if (new Set(grids.map((g) => g.file).filter((f) => f !== undefined)).size < 2) return problems;
  return problems.map((p) => {
    const file = p.file ?? (p.sheet === undefined ? undefined : fileOf.get(p.sheet));
    return file === undefined ? p : { ...p, file };
  });
}
