/**
 * The report page's worker: the files the user chose, read, run through the one engine and written as the report
 * workbook `shnor report` writes — off the page's thread, so 40 000 schools neither freeze the page nor lose its
 * progress. It only computes: no request, no storage; the chosen files arrive as copies of their bytes. The files
 * are read once, when chosen (their quarters and municipalities go back to the page's lists), and every run of
 * the page uses what was read.
 */
import { formatDay, today } from "../core/calendar";
import type { SheetGrid } from "../core/cell";
import { errorText } from "../core/errorText";
import { problemPlace, type Problem, SEVERITY_WORDS } from "../core/problems";
import type { EngineStep } from "../reports/engine";
import { InputFileError } from "../files/inputFileError";
import { readInputs } from "../files/inputs";
import { type ReportRun, runChoices, runReports, splitMunicipalities } from "../files/reportRun";
import { type OwnProblems, splitOutputPaths, splitProblems } from "../files/split";
import { reportWorkbookBytes } from "../files/writeXlsx";
import JSZip from "jszip";
import { type PageMessage, READ_SHARE, type ReportOptions, type ShownProblem, WRITE_SHARE, type WorkerMessage } from "./protocol";

interface Read {
  grids: SheetGrid[];
  reportSheets: Set<string>;
}

const post = (message: WorkerMessage, transfer: Transferable[] = []): void => postMessage(message, { transfer });
const progress = (label: string, fraction: number): void => post({ kind: "progress", label, fraction });

/** The chosen files' reading, begun when they were chosen (the page sends a run only after choosing files). */
let reading: Promise<Read> | undefined;

self.onmessage = (event: MessageEvent<PageMessage>) => {
  const message = event.data;
  if (message.kind === "read") {
    reading = read(message.files);
    reading
      .then(({ grids, reportSheets }) => {
        progress("Поиск таблиц", READ_SHARE * 0.9);
        post({ kind: "read", ...runChoices(grids, reportSheets, today()) });
      })
      .catch(refuse);
    return;
  }
  // A run asked for while the files are still being read waits for them; a file that could not be read refuses it.
  reading?.then((files) => build(files, message.options)).catch(refuse);
};

function refuse(error: unknown): void {
  const message = error instanceof InputFileError ? `Ошибка: ${error.message}` : `Внутренняя ошибка: ${errorText(error)}`;
  post({ kind: "refused", message, summary: [], problems: [] });
}

async function read(files: { name: string; bytes: ArrayBuffer }[]): Promise<Read> {
  const inputs = [];
  for (const [i, file] of files.entries()) {
    progress(`Чтение «${file.name}»`, (READ_SHARE * i) / files.length);
    inputs.push({ label: file.name, name: file.name, bytes: new Uint8Array(file.bytes) });
  }
  progress("Чтение книг", READ_SHARE / 2);
  return readInputs(inputs);
}

async function build({ grids, reportSheets }: Read, options: ReportOptions): Promise<void> {
  const base = `Отчёты ${formatDay(options.asOf)}.xlsx`;
  if (options.split) return buildSplit({ grids, reportSheets }, options, base);
  const run = runReports(grids, reportSheets, options, onStep(READ_SHARE, WRITE_SHARE));
  if (run.kind !== "built") return post(refusal(run));
  progress("Запись книги отчётов", WRITE_SHARE);
  const { bytes, names } = await reportWorkbookBytes(run.layouts, { settingsRows: run.settingsRows, title: run.title });
  const buffer = ownBuffer(bytes);
  post({ kind: "done", fileName: base, bytes: buffer, summary: run.result.summary, problems: shown(run.result.problems), sheets: names }, [buffer]);
}

/** `--split`: the same run once per municipality, each file into one .zip; the problems as the command line prints them. */
async function buildSplit({ grids, reportSheets }: Read, options: ReportOptions, base: string): Promise<void> {
  const municipalities = splitMunicipalities(grids, reportSheets);
  if (municipalities.length === 0) {
    return post({ kind: "refused", message: "Ошибка: в списке школ не найдено ни одного муниципалитета (колонка «Муниципалитет» / «Муниципальный район»). Файл не создан.", summary: [], problems: [] });
  }
  const zip = new JSZip();
  const summary: string[] = [];
  const runs: OwnProblems[] = [];
  const paths = splitOutputPaths(base, municipalities);
  for (const [i, { municipality, path }] of paths.entries()) {
    const share = (WRITE_SHARE - READ_SHARE) / paths.length;
    progress(`Муниципалитет «${municipality}»`, READ_SHARE + share * i);
    const run = runReports(grids, reportSheets, { ...options, municipality });
    // A refused quarter lies outside the plans of every municipality alike: no file at all, as on the command line.
    if (run.kind === "refused") return post(refusal(run));
    summary.push(`— ${municipality}:`, ...run.result.summary);
    runs.push({ municipality, problems: run.result.problems });
    if (run.kind !== "built") continue;
    const { bytes } = await reportWorkbookBytes(run.layouts, { settingsRows: run.settingsRows, title: run.title });
    zip.file(path, bytes);
  }
  const { common, own } = splitProblems(runs);
  const problems = [...shown(common), ...own.flatMap((o) => shown(o.problems, o.municipality))];
  if (Object.keys(zip.files).length === 0) return post({ kind: "refused", message: "Ни один отчёт не построен. Файл не создан.", summary, problems });
  progress("Запись архива", WRITE_SHARE);
  const buffer = ownBuffer(await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
  post({ kind: "done", fileName: base.replace(/\.xlsx$/, ".zip"), bytes: buffer, summary, problems, sheets: Object.keys(zip.files) }, [buffer]);
}

/** The bytes' buffer, to be transferred (not copied) to the page: JSZip's output fills one of its own; a view is copied. */
function ownBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer ? bytes.buffer : bytes.slice().buffer;
}

/** Progress of the engine's steps between two marks of the bar. */
function onStep(from: number, to: number): (step: EngineStep) => void {
  return (step) => {
    if (step.kind === "tables") progress("Поиск таблиц", from);
    else progress(`Отчёт «${step.sheetName}»`, from + ((to - from) * (step.index + 1)) / (step.count + 1));
  };
}

/** The command line's option in the page's words. */
const OPTION_WORDS = { municipality: "муниципалитет", quarter: "квартал" } as const;

/** What the command line says when it writes nothing, and no file. */
function refusal(run: Exclude<ReportRun, { kind: "built" }>): WorkerMessage {
  const message = run.kind === "refused" ? `Ошибка: ${OPTION_WORDS[run.option]}: ${run.message} Файл не создан.` : "Ни один отчёт не построен. Файл не создан.";
  return { kind: "refused", message, summary: run.result.summary, problems: shown(run.result.problems) };
}

function shown(problems: Problem[], municipality?: string): ShownProblem[] {
  return problems.map((p) => ({ severity: SEVERITY_WORDS[p.severity], place: problemPlace(p), message: p.message, ...(municipality === undefined ? {} : { municipality }) }));
}
