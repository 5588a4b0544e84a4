/**
 * report.html: the fourth door, for offices without a suitable Excel. Plain DOM rather than the pane's React and
 * Fluent UI: a form, a bar and two lists need neither, and the page loads in a fraction of the pane's bundle.
 * The page keeps the screen; the worker (worker.ts) does the work; the saved file is made in memory and handed to
 * the browser's download, so nothing is sent anywhere and the chosen files are only read.
 */
import { isoDay, parseIsoDay, today } from "../core/calendar";
import type { ReportRequest, ShownProblem, WorkerMessage } from "./protocol";

const element = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
const filesInput = element<HTMLInputElement>("files");
const drop = element<HTMLDivElement>("drop");
const chosenList = element<HTMLUListElement>("chosen");
const asOfInput = element<HTMLInputElement>("asOf");
const buildButton = element<HTMLButtonElement>("build");
const saveButton = element<HTMLButtonElement>("save");
const bar = element<HTMLProgressElement>("progress");
const phase = element<HTMLParagraphElement>("phase");
const errorLine = element<HTMLParagraphElement>("error");

let chosen: File[] = [];
let saved: { url: string; fileName: string } | null = null;

asOfInput.value = isoDay(today());
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
buildButton.addEventListener("click", () => void start());
saveButton.addEventListener("click", () => {
  if (!saved) return;
  const link = document.createElement("a");
  link.href = saved.url;
  link.download = saved.fileName;
  link.click();
});

function choose(files: File[]): void {
  chosen = files;
  chosenList.replaceChildren(...files.map((f) => item(f.name)));
  buildButton.disabled = files.length === 0;
}

async function start(): Promise<void> {
  const asOf = parseIsoDay(asOfInput.value);
  reset();
  if (asOf === null) {
    errorLine.textContent = "Ошибка: укажите дату «на дату».";
    return;
  }
  buildButton.disabled = true;
  bar.hidden = false;
  const request: ReportRequest = {
    files: await Promise.all(chosen.map(async (f) => ({ name: f.name, bytes: await f.arrayBuffer() }))),
    asOf,
    period: element<HTMLInputElement>("period").value,
    municipality: element<HTMLInputElement>("municipality").value,
    split: element<HTMLInputElement>("split").checked,
  };
  const worker = new Worker("report-worker.js");
  worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
    const message = event.data;
    if (message.kind === "progress") {
      bar.value = message.fraction;
      phase.textContent = `${message.label}…`;
      return;
    }
    worker.terminate();
    buildButton.disabled = false;
    bar.hidden = true;
    phase.textContent = "";
    showLists(message.summary, message.problems);
    if (message.kind === "refused") {
      errorLine.textContent = message.message;
      return;
    }
    const type = message.fileName.endsWith(".zip") ? "application/zip" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    saved = { url: URL.createObjectURL(new Blob([message.bytes], { type })), fileName: message.fileName };
    saveButton.textContent = `Сохранить «${message.fileName}»`;
    saveButton.hidden = false;
  };
  worker.onerror = (event) => {
    worker.terminate();
    buildButton.disabled = false;
    errorLine.textContent = `Внутренняя ошибка: ${event.message}`;
  };
  // Copies of the bytes go to the worker; the files themselves are never opened for writing.
  worker.postMessage(request, request.files.map((f) => f.bytes));
}

function reset(): void {
  if (saved) URL.revokeObjectURL(saved.url);
  saved = null;
  saveButton.hidden = true;
  errorLine.textContent = "";
  bar.value = 0;
  showLists([], []);
}

function showLists(summary: string[], problems: ShownProblem[]): void {
  element("summary").replaceChildren(...summary.map((line) => item(line)));
  element("problemsTitle").hidden = problems.length === 0;
  element("problems").replaceChildren(
    ...problems.map((p) => {
      const li = item(`${p.severity}: `);
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
