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
import { makeForms } from "../files/formsRun";
import { readInputs } from "../files/inputs";
import { runChoices, runReports, unwrittenSummary } from "../files/reportRun";
import { runSplit } from "../files/split";
import { reportWorkbookBytes } from "../files/writeXlsx";
import JSZip from "jszip";
import {
  type PageMessage,
  READ_SHARE,
  type ReportOptions,
  type ShownProblem,
  WRITE_SHARE,
  type WorkerMessage,
} from "./protocol";

interface Read {
  grids: SheetGrid[];
  reportSheets: Set<string>;
  /** What reading says of the files themselves (a workbook named other than .xlsx), shown with every run. */
  notes: string[];
}

const post = (message: WorkerMessage, transfer: Transferable[] = []): void => postMessage(message, { transfer });
const progress = (label: string, fraction: number): void => post({ kind: "progress", label, fraction });
/** A run that made no file: the reason in red, the run's lines and problems below it (as the command line prints them). */
const notMade = (message: string, summary: string[] = [], problems: ShownProblem[] = []): void =>
  post({ kind: "refused", message, summary, problems });

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
  reading
    ?.then((files) => (message.kind === "forms" ? buildForms(files, message.options) : build(files, message.options)))
    .catch(refuse);
};

function refuse(error: unknown): void {
  notMade(error instanceof InputFileError ? `Ошибка: ${error.message}` : `Внутренняя ошибка: ${errorText(error)}`);
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

async function build(files: Read, options: ReportOptions): Promise<void> {
  const base = `Отчёты ${formatDay(options.asOf)}.xlsx`;
  if (options.split) return buildSplit(files, options, base);
  const run = runReports(files.grids, files.reportSheets, options, onStep(READ_SHARE, WRITE_SHARE));
  if (run.kind === "refused") return notMade(`Ошибка: ${run.message} Файл не создан.`);
  if (run.kind === "nothing")
    return notMade("Файл не создан.", [...files.notes, ...unwrittenSummary(run.result)], shown(run.result.problems));
  progress("Запись книги отчётов", WRITE_SHARE);
  const { bytes, names } = await reportWorkbookBytes(run.layouts, { settingsRows: run.settingsRows, title: run.title });
  const buffer = ownBuffer(bytes);
  post(
    {
      kind: "done",
      fileName: base,
      bytes: buffer,
      summary: [...files.notes, ...run.result.summary],
      problems: shown(run.result.problems),
      sheets: names,
    },
    [buffer],
  );
}

/** `--split` (src/files/split.ts, runSplit): each municipality's file into one .zip; the lines as the command line prints them. */
async function buildSplit({ grids, reportSheets, notes }: Read, options: ReportOptions, base: string): Promise<void> {
  const zip = new JSZip();
  const split = await runSplit(
    grids,
    reportSheets,
    options,
    base,
    async (run, path) => {
      zip.file(
        path,
        (await reportWorkbookBytes(run.layouts, { settingsRows: run.settingsRows, title: run.title })).bytes,
      );
      return { lines: [] };
    },
    (municipality, index, count) =>
      progress(`Муниципалитет «${municipality}»`, READ_SHARE + ((WRITE_SHARE - READ_SHARE) * index) / count),
  );
  if (split.kind === "refused") return notMade(`Ошибка: ${split.message} Файл не создан.`);
  const summary = [
    ...notes,
    ...split.lines,
    ...split.files.flatMap((file) => [
      file.notMade === undefined ? `— ${file.municipality}: ${file.path}` : `— ${file.municipality}: ${file.notMade}`,
      ...file.lines,
    ]),
  ];
  const problems = [
    ...shown(split.problems),
    ...split.files.flatMap((file) => shown(file.problems, file.municipality)),
  ];
  if (split.files.every((file) => file.notMade !== undefined))
    return notMade("Файл не создан: ни один отчёт не построен.", summary, problems);
  progress("Запись архива", WRITE_SHARE);
  const buffer = ownBuffer(await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
  post(
    {
      kind: "done",
      fileName: base.replace(/\.xlsx$/, ".zip"),
      bytes: buffer,
      summary,
      problems,
      sheets: Object.keys(zip.files),
    },
    [buffer],
  );
}

/** The municipalities' forms (`shnor forms`), zipped: the same options, the same refusals. */
async function buildForms({ grids, reportSheets }: Read, options: ReportOptions): Promise<void> {
  progress("Составление форм", READ_SHARE);
  const run = await makeForms(grids, reportSheets, {
    asOf: options.asOf,
    ...(options.period.trim() ? { period: options.period } : {}),
    ...(options.quarter.trim() ? { quarter: options.quarter } : {}),
  });
  if (run.kind === "refused")
    return post({
      kind: "refused",
      message: `Ошибка: ${run.message} Формы не составлены.`,
      summary: [],
      problems: shown(run.problems),
    });
  progress("Запись архива", WRITE_SHARE);
  const zip = new JSZip();
  for (const file of run.files) zip.file(file.name, file.bytes);
  const buffer = ownBuffer(await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
  post(
    {
      kind: "done",
      fileName: `Формы ${formatDay(options.asOf)}.zip`,
      bytes: buffer,
      summary: run.summary,
      problems: shown(run.problems),
      sheets: run.files.map((f) => f.name),
    },
    [buffer],
  );
}

/** The bytes' buffer, to be transferred (not copied) to the page: JSZip's output fills one of its own; a view is copied. */
function ownBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer
    ? bytes.buffer
    : bytes.slice().buffer;
}

/** Progress of the engine's steps between two marks of the bar. */
function onStep(from: number, to: number): (step: EngineStep) => void {
  return (step) => {
    if (step.kind === "tables") progress("Поиск таблиц", from);
    else progress(`Отчёт «${step.sheetName}»`, from + ((to - from) * (step.index + 1)) / (step.count + 1));
  };
}

function shown(problems: Problem[], municipality?: string): ShownProblem[] {
  return problems.map((p) => ({
    severity: SEVERITY_WORDS[p.severity],
    place: problemPlace(p),
    message: p.message,
    ...(municipality === undefined ? {} : { municipality }),
  }));
}
