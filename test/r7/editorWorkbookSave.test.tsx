/**
 * «Сохранить в книге» in the Р7-Офис panel (useEditorWorkbook): «Сохранено» only once the workbook is read again, the
 * fields locked («saving») till then, as in the Excel pane; the save answers whether the settings were written, so the
 * shared fields (StoredSettingsFields) build the next change on them. The door's commands are stubbed: the test
 * settles them one by one.
 */
import "../helpers/jsdomReact";
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import { DEFAULT_SETTINGS, type Settings } from "../../src/core/settings";
import { saveSettings, surveyWorkbook, type WorkbookSurvey } from "../../src/r7/door";
import { type EditorWorkbook, useEditorWorkbook } from "../../src/r7/ui/useEditorWorkbook";

jest.mock("../../src/r7/door", () => ({ surveyWorkbook: jest.fn(), saveSettings: jest.fn() }));

/** A promise the test settles when it says so. */
function pending<T>(): { promise: Promise<T>; resolve: (value: T) => void; reject: (error: Error) => void } {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((res, rej) => ([resolve, reject] = [res, rej]));
  return { promise, resolve, reject };
}

const surveyOf = (settings: Settings) => ({ settings }) as unknown as WorkbookSurvey;
const CAP_30: Settings = { ...DEFAULT_SETTINGS, curatorCap: 30 };

let root: Root;
let workbook: EditorWorkbook;
const call = jest.fn();

function Harness(): null {
  workbook = useEditorWorkbook(call);
  return null;
}

beforeEach(async () => {
  jest.mocked(surveyWorkbook).mockResolvedValueOnce(surveyOf(DEFAULT_SETTINGS));
  root = createRoot(document.createElement("div"));
  await act(async () => root.render(<Harness />));
  expect(workbook.survey?.settings).toBe(DEFAULT_SETTINGS);
});

afterEach(() => {
  act(() => root.unmount());
  jest.resetAllMocks();
});

describe("сохранение настроек в панели Р7-Офис", () => {
  it("«Сохранено» — после перечитывания книги, до него поля заблокированы", async () => {
    const written = pending<void>();
    const reread = pending<WorkbookSurvey>();
    jest.mocked(saveSettings).mockReturnValueOnce(written.promise);
    jest.mocked(surveyWorkbook).mockReturnValueOnce(reread.promise);

    let answer: Promise<boolean> | undefined;
    act(() => void (answer = workbook.save(CAP_30)));
    expect(workbook.saveState).toEqual({ state: "saving" });
    await act(async () => written.resolve());
    await expect(answer).resolves.toBe(true);
    expect(workbook.saveState).toEqual({ state: "saving" }); // written, not yet read again

    await act(async () => reread.resolve(surveyOf(CAP_30)));
    expect(workbook.saveState).toEqual({ state: "saved" });
    expect(workbook.survey?.settings).toBe(CAP_30);
  });

  it("незаписанные настройки: save отвечает false, причина — под полями", async () => {
    jest.mocked(saveSettings).mockRejectedValueOnce(new Error("Лист «Настройки ШНОР» защищён"));
    jest.mocked(surveyWorkbook).mockResolvedValueOnce(surveyOf(DEFAULT_SETTINGS));
    let answer: Promise<boolean> | undefined;
    await act(async () => void (answer = workbook.save(CAP_30)));
    await expect(answer).resolves.toBe(false);
    expect(workbook.saveState).toEqual({ state: "failed", message: "Лист «Настройки ШНОР» защищён" });
  });
});
