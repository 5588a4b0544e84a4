/**
 * «Сохранить в книге» and the next change, in both doors' shared fields (StoredSettingsFields): once a save is written,
 * a change made before the workbook is read again is saved on top of it, not on top of the settings read before it.
 * Rendered with React in jsdom; the door's `save` is a promise the test settles: true once the settings are written,
 * false when the door could not write them (it shows why under the fields).
 */
import "../helpers/jsdomReact";
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import { DEFAULT_SETTINGS, type Settings } from "../../src/core/settings";
import { type SettingsChoices, StoredSettingsFields } from "../../src/taskpane/ParamsTab";

const ATTENDANCE = "Посещаемость, %";
const MARKS = "Средний балл по математике";

/** A door whose saves the test resolves one by one, and whose re-read comes only when the test says so. */
function door() {
  const saves: { settings: Settings; written: () => void }[] = [];
  const save = (settings: Settings) =>
    new Promise<boolean>((resolve) => saves.push({ settings, written: () => resolve(true) }));
  return { saves, save };
}

function choicesOf(settings: Settings): SettingsChoices {
  return { settings, indicators: [ATTENDANCE, MARKS], dynamics: [], available: [], tables: [] };
}

let root: Root;
let host: HTMLElement;

beforeEach(() => {
  host = document.createElement("div");
  document.body.append(host);
  root = createRoot(host);
});

afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

function render(choices: SettingsChoices, save: (settings: Settings) => Promise<boolean>, saving = false): void {
  act(() => root.render(<StoredSettingsFields choices={choices} saving={saving} save={save} />));
}

function checkbox(label: string): HTMLInputElement {
  const labelElement = [...host.querySelectorAll("label")].find((l) => l.textContent === label);
  if (!labelElement) throw new Error(`нет переключателя «${label}»`);
  return host.querySelector<HTMLInputElement>(`#${labelElement.htmlFor}`)!;
}

describe("поля настроек после «Сохранить в книге», пока книга не перечитана", () => {
  it("второе изменение сохраняется поверх первого, а не поверх прочитанного до него", async () => {
    const { saves, save } = door();
    const read = choicesOf({ ...DEFAULT_SETTINGS, curatorCap: 25 });
    render(read, save);

    act(() => checkbox(ATTENDANCE).click());
    expect(saves.map((s) => s.settings.indicatorsOff)).toEqual([[ATTENDANCE]]);
    await act(async () => saves[0].written()); // written; the re-read has not come back yet

    expect(checkbox(ATTENDANCE).checked).toBe(false);
    act(() => checkbox(MARKS).click());
    expect(saves[1].settings).toEqual({ ...DEFAULT_SETTINGS, curatorCap: 25, indicatorsOff: [ATTENDANCE, MARKS] });
  });

  it("перечитанная книга снова становится основой: в ней могли изменить настройки вручную", async () => {
    const { saves, save } = door();
    render(choicesOf(DEFAULT_SETTINGS), save);
    act(() => checkbox(ATTENDANCE).click());
    await act(async () => saves[0].written());

    // The user switched «Посещаемость» back on in the settings sheet itself; the re-read says so.
    render(choicesOf({ ...DEFAULT_SETTINGS, curatorCap: 30 }), save);
    expect(checkbox(ATTENDANCE).checked).toBe(true);
    act(() => checkbox(MARKS).click());
    expect(saves[1].settings).toEqual({ ...DEFAULT_SETTINGS, curatorCap: 30, indicatorsOff: [MARKS] });
  });

  it("несохранённое (ошибка записи) основой не становится", async () => {
    const saves: Settings[] = [];
    const save = (settings: Settings) => {
      saves.push(settings);
      return Promise.resolve(false); // e.g. «Книга открыта только для чтения» under the fields
    };
    render(choicesOf(DEFAULT_SETTINGS), save);
    await act(async () => checkbox(ATTENDANCE).click());
    expect(checkbox(ATTENDANCE).checked).toBe(true);
    act(() => checkbox(MARKS).click());
    expect(saves[1].indicatorsOff).toEqual([MARKS]);
  });
});
