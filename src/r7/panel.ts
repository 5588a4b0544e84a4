/**
 * The plugin's panel in Р7-Офис / ONLYOFFICE: «на дату» and «Все отчёты», progress while commands run, the run's
 * summary. The plugin SDK (plugins.js, served by the editor) provides window.Asc.plugin; the engine runs here.
 */
import { type Day, dayOf } from "../core/calendar";
import { type CallCommand, runAllReports } from "./door";

interface PluginSdk {
  init?: () => void;
  button?: (id: number) => void;
  executeMethod?: (name: string, args: unknown[]) => void;
  callCommand(command: () => unknown, isClose: boolean, isCalc: boolean, callback: (result: unknown) => void): void;
}
interface AscWindow {
  Asc: { plugin: PluginSdk; scope: Record<string, unknown> };
}

const call: CallCommand = (command, scope) =>
  new Promise((resolve) => {
    const asc = (window as unknown as AscWindow).Asc;
    // plugins.js sends window.Asc.scope as JSON with the command's text
    asc.scope = scope;
    asc.plugin.callCommand(command, false, true, resolve);
  });

/** «2024-03-15» (the date field's value) → a Day; null when not a date. */
function dayOfField(value: string): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return m ? dayOf(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

function todayField(): string {
  const now = new Date();
  const two = (n: number): string => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}

function start(): void {
  const asOf = document.getElementById("as-of") as HTMLInputElement;
  const button = document.getElementById("all-reports") as HTMLButtonElement;
  const status = document.getElementById("status") as HTMLElement;
  const summary = document.getElementById("summary") as HTMLElement;
  if (asOf.value === "") asOf.value = todayField();
  const show = (text: string): void => {
    status.textContent = text;
  };
  button.addEventListener("click", () => {
    const day = dayOfField(asOf.value);
    if (day === null) {
      show(`Поле «На дату»: «${asOf.value}» — не дата. Выберите дату в календаре.`);
      return;
    }
    button.disabled = true;
    summary.replaceChildren();
    runAllReports(call, day, show)
      .then((run) => {
        show(run.written.length > 0 ? `Готово: листов отчётов — ${run.written.length}.` : "Отчёты не построены.");
        const lines = run.kind === "refused" ? [run.message] : run.result.summary;
        for (const line of lines) summary.append(Object.assign(document.createElement("li"), { textContent: line }));
      })
      .catch((error: unknown) =>
        show(
          `Отчёты не записаны: ${error instanceof Error ? error.message : String(error)}. Книга могла получить листы «~shnor…»: удалите их.`,
        ),
      )
      .finally(() => {
        button.disabled = false;
      });
  });
}

(window as unknown as AscWindow).Asc.plugin.init = start;
