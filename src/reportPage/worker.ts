/**
 * The report page's worker: the files the user chose, read, run through the one engine and written as the report
 * workbook `shnor report` writes — off the page's thread, so 40 000 schools neither freeze the page nor lose its
 * progress. It only computes: no request, no storage; the chosen files arrive as copies of their bytes.
 */
import { formatDay } from "../core/calendar";
import type { SheetGrid } from "../core/cell";
import { problemPlace, type Problem } from "../core/problems";
import type { EngineStep } from "../reports/engine";
import { SEVERITY_WORDS } from "../reports/remarksReport";
import { InputFileError } from "../files/inputFileError";
import { readInputs } from "../files/inputs";
import { type ReportRun, runReports, splitMunicipalities } from "../files/reportRun";
import { splitOutputPaths } from "../files/split";
import { reportWorkbookBytes } from "../files/writeXlsx";
import JSZip from "jszip";
import type { ReportRequest, ShownProblem, WorkerMessage } from "./protocol";

/** Share of the bar for each phase: reading the files, finding tables and the reports, writing. */
const READING = 0.3;
const WRITING = 0.85;

const post = (message: WorkerMessage, transfer: Transferable[] = []): void => postMessage(message, { transfer });
const progress = (label: string, fraction: number): void => post({ kind: "progress", label, fraction });

self.onmessage = (event: MessageEvent<ReportRequest>) => {
  build(event.data).catch((error: unknown) => {
    const message = error instanceof InputFileError ? `Ошибка: ${error.message}` : `Внутренняя ошибка: ${error instanceof Error ? error.message : String(error)}`;
    post({ kind: "refused", message, summary: [], problems: [] });
  });
};

async function build(request: ReportRequest): Promise<void> {
  const inputs = [];
  for (const [i, file] of request.files.entries()) {
    progress(`Чтение «${file.name}»`, (READING * i) / request.files.length);
    inputs.push({ label: file.name, name: file.name, bytes: new Uint8Array(file.bytes) });
  }
  progress("Чтение книг", READING / 2);
  const { grids, reportSheets, notes } = await readInputs(inputs);
  const base = `Отчёты ${formatDay(request.asOf)}.xlsx`;
  const options = { asOf: request.asOf, period: request.period, notes };
  if (!request.split) {
    const run = runReports(grids, reportSheets, { ...options, municipality: request.municipality }, onStep(READING, WRITING));
    if (run.kind !== "built") return post(refusal(run));
    progress("Запись книги отчётов", WRITING);
    const { bytes, names } = await reportWorkbookBytes(run.layouts, { settingsRows: run.settingsRows, title: run.title });
    const buffer = bytes.slice().buffer;
    return post({ kind: "done", fileName: base, bytes: buffer, summary: run.result.summary, problems: shown(run.result.problems), sheets: names }, [buffer]);
  }
  await buildSplit(grids, reportSheets, request, base, notes);
}

/** `--split`: the same run once per municipality, each file into one .zip. */
async function buildSplit(grids: SheetGrid[], reportSheets: Set<string>, request: ReportRequest, base: string, notes: string[]): Promise<void> {
  const municipalities = splitMunicipalities(grids, reportSheets, request.asOf);
  if (municipalities.length === 0) {
    return post({ kind: "refused", message: "Ошибка: в списке школ не найдено ни одного муниципалитета (колонка «Муниципалитет» / «Муниципальный район»). Файл не создан.", summary: [], problems: [] });
  }
  const zip = new JSZip();
  const summary: string[] = [];
  const problems: ShownProblem[] = [];
  const paths = splitOutputPaths(base, municipalities);
  for (const [i, { municipality, path }] of paths.entries()) {
    const share = (WRITING - READING) / paths.length;
    progress(`Муниципалитет «${municipality}»`, READING + share * i);
    const run = runReports(grids, reportSheets, { asOf: request.asOf, period: request.period, municipality, notes });
    summary.push(`— ${municipality}:`, ...run.result.summary);
    if (i === 0) problems.push(...shown(run.result.problems));
    if (run.kind !== "built") continue;
    const { bytes } = await reportWorkbookBytes(run.layouts, { settingsRows: run.settingsRows, title: run.title });
    zip.file(path, bytes);
  }
  progress("Запись архива", WRITING);
  const buffer = (await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" })).slice().buffer;
  post({ kind: "done", fileName: base.replace(/\.xlsx$/, ".zip"), bytes: buffer, summary, problems, sheets: Object.keys(zip.files) }, [buffer]);
}

/** Progress of the engine's steps between two marks of the bar. */
function onStep(from: number, to: number): (step: EngineStep) => void {
  return (step) => {
    if (step.kind === "tables") progress("Поиск таблиц", from);
    else progress(`Отчёт «${step.sheetName}»`, from + ((to - from) * (step.index + 1)) / (step.count + 1));
  };
}

/** What the command line says when it writes nothing, and no file. */
function refusal(run: Exclude<ReportRun, { kind: "built" }>): WorkerMessage {
  const message = run.kind === "refused" ? `Ошибка: муниципалитет: ${run.message} Файл не создан.` : "Ни один отчёт не построен. Файл не создан.";
  return { kind: "refused", message, summary: run.result.summary, problems: shown(run.result.problems) };
}

function shown(problems: Problem[]): ShownProblem[] {
  return problems.map((p) => ({ severity: SEVERITY_WORDS[p.severity], place: problemPlace(p), message: p.message }));
}
