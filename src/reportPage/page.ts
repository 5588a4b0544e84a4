/**
 * report.html: the fourth door, for offices without a suitable Excel. Plain DOM rather than the pane's React and
 * Fluent UI: a form, a bar and two lists need neither, and the page loads in a fraction of the pane's bundle.
 * The page keeps the screen; the worker (worker.ts) does the work; the saved file is made in memory and handed to
 * the browser's download, so nothing is sent anywhere and the chosen files are only read.
 */
import { formatDay, readTypedDay, today } from "../core/calendar";
import { asOfWarningIn } from "../core/plan/staleAsOf";
import { type PageMessage, READ_SHARE, type ShownProblem, type WorkerMessage } from "./protocol";

const element = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
const filesInput = element<HTMLInputElement>("files");
const drop = element<HTMLDivElement>("drop");
const chosenList = element<HTMLUListElement>("chosen");
const asOfInput = element<HTMLInputElement>("asOf");
const asOfWarningLine = element<HTMLParagraphElement>("asOfWarning");
const quarterField = element<HTMLLabelElement>("quarterField");
const buildButton = element<HTMLButtonElement>("build");
const formsButton = element<HTMLButtonElement>("forms");
const saveButton = element<HTMLButtonElement>("save");
const bar = element<HTMLProgressElement>("progress");
const phase = element<HTMLParagraphElement>("phase");
const errorLine = element<HTMLParagraphElement>("error");

/** The worker holding the chosen files, read once when chosen; a new choice gets a new worker. */
let worker: Worker | null = null;
/** Resolves once the chosen files are on their way to the worker: a run is sent after them. */
let filesSent: Promise<void> = Promise.resolve();
let read = false;
let building = false;
let saved: { url: string; fileName: string } | null = null;

asOfInput.value = formatDay(today());
filesInput.addEventListener("change", () => choose([...(filesInput.files ?? [])]));
drop.addEventListener("dragover", (event) => {
  event.preventDefault();
  drop.classList.add("over");
});
drop.addEventListener("dragleave", () => drop.classList.remove("over"));
drop.addEventListener("drop", (event) => {
  event.preventDefault();
  drop.classList.remove("over");
  choose([...(event.dataTransfer?.files ?? [])]);
});
buildButton.addEventListener("click", () => void start("build"));
formsButton.addEventListener("click", () => void start("forms"));
saveButton.addEventListener("click", () => {
  if (!saved) return;
  const link = document.createElement("a");
  link.href = saved.url;
  link.download = saved.fileName;
  link.click();
});

function choose(files: File[]): void {
  worker?.terminate();
  worker = null;
  read = false;
  building = false;
  reset();
  offer([], []);
  chosenList.replaceChildren(...files.map((f) => item(f.name)));
  buildButton.disabled = files.length === 0;
  formsButton.disabled = files.length === 0;
  if (files.length === 0) return;
  const own = new Worker("report-worker.js");
  worker = own;
  own.onmessage = (event: MessageEvent<WorkerMessage>) => received(event.data);
  own.onerror = (event) => {
    // The files it read are gone with it: choosing them again starts afresh.
    own.terminate();
    worker = null;
    finish();
    errorLine.textContent = `Внутренняя ошибка: ${event.message}`;
  };
  bar.value = 0;
  bar.hidden = false;
  // Copies of the bytes go to the worker; the files themselves are never opened for writing.
  filesSent = Promise.all(files.map(async (f) => ({ name: f.name, bytes: await f.arrayBuffer() }))).then((copies) => {
    if (worker === own)
      send(
        { kind: "read", files: copies },
        copies.map((c) => c.bytes),
      );
  });
}

/** A run over the chosen files: the reports, or the municipalities' forms with the same fields. */
async function start(kind: "build" | "forms"): Promise<void> {
  const asOf = readTypedDay(asOfInput.value);
  reset();
  if (asOfInput.value.trim() === "") {
    errorLine.textContent = "Ошибка: укажите «на дату»: ДД.ММ.ГГГГ.";
    return;
  }
  if (typeof asOf === "string") {
    // The command line's words for --as-of, with the field's name.
    errorLine.textContent = `Ошибка: на дату ${asOf}.`;
    return;
  }
  building = true;
  buildButton.disabled = true;
  formsButton.disabled = true;
  bar.hidden = false;
  if (read) bar.value = READ_SHARE; // the reading is done; otherwise the bar goes on with it
  const field = (id: string): string => element<HTMLInputElement>(id).value;
  const checked = (id: string): boolean => element<HTMLInputElement>(id).checked;
  const options = {
    asOf,
    period: field("period"),
    municipality: field("municipality"),
    // A field the files give no use for (no plan) sends nothing left over from other files.
    quarter: quarterField.hidden ? "" : field("quarter"),
    withSettings: checked("withSettings"),
    split: checked("split"),
  };
  await filesSent;
  send({ kind, options });
}

function send(message: PageMessage, transfer: Transferable[] = []): void {
  worker?.postMessage(message, transfer);
}

function received(message: WorkerMessage): void {
  if (message.kind === "progress") {
    bar.value = message.fraction;
    phase.textContent = `${message.label}…`;
    return;
  }
  if (message.kind === "read") {
    read = true;
    offer(message.municipalities, message.quarters);
    if (!building) finish();
    return;
  }
  finish();
  showLists(message.summary, message.problems);
  // «на дату» left at today long after the plan: the warning beside the date field (issue 24).
  const stale = asOfWarningIn(message.summary);
  asOfWarningLine.textContent = stale ?? "";
  asOfWarningLine.hidden = stale === undefined;
  if (message.kind === "refused") {
    errorLine.textContent = message.message;
    return;
  }
  const type = message.fileName.endsWith(".zip")
    ? "application/zip"
    : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  saved = { url: URL.createObjectURL(new Blob([message.bytes], { type })), fileName: message.fileName };
  saveButton.textContent = `Сохранить «${message.fileName}»`;
  saveButton.hidden = false;
}

/** The run (or the reading) is over: the bar goes, the button is back. */
function finish(): void {
  building = false;
  buildButton.disabled = worker === null;
  formsButton.disabled = worker === null;
  bar.hidden = true;
  phase.textContent = "";
}

/** The lists of the chosen files, as the pane offers them; the quarter only where there is a plan (SPEC §9). */
function offer(municipalities: string[], quarters: { key: string; label: string }[]): void {
  element("municipalities").replaceChildren(...municipalities.map((m) => option(m)));
  element("quarters").replaceChildren(...quarters.map((q) => option(q.key, q.label)));
  quarterField.hidden = quarters.length === 0;
}

function reset(): void {
  if (saved) URL.revokeObjectURL(saved.url);
  saved = null;
  saveButton.hidden = true;
  errorLine.textContent = "";
  showLists([], []);
}

function showLists(summary: string[], problems: ShownProblem[]): void {
  element("summary").replaceChildren(...summary.map((line) => item(line)));
  element("problemsTitle").hidden = problems.length === 0;
  element("problems").replaceChildren(
    ...problems.map((p) => {
      // A municipality's own problem in split mode is labelled as the command line labels it.
      const li = item(`${p.municipality === undefined ? "" : `${p.municipality} — `}${p.severity}: `);
      if (p.place) {
        const place = document.createElement("span");
        place.className = "place";
        place.textContent = `${p.place}: `;
        li.append(place);
      }
      li.append(p.message);
      return li;
    }),
  );
}

function item(text: string): HTMLLIElement {
  const li = document.createElement("li");
  li.textContent = text;
  return li;
}

function option(value: string, label?: string): HTMLOptionElement {
  const o = document.createElement("option");
  o.value = value;
  if (label !== undefined) o.label = label;
  return o;
}
