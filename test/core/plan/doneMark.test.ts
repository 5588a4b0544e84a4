import fc from "fast-check";
import { dayOf } from "../../../src/core/calendar";
import { readDoneMark, readItemDone } from "../../../src/core/plan/doneMark";

const D = (d: number, m: number, y: number) => dayOf(y, m, d)!;

describe("done marks of SPEC §3", () => {
  test.each([
    ["да"],
    ["Выполнено"],
    ["исполнено"],
    ["Проведено."],
    ["+"],
    ["✓"],
    ["1"],
    [1],
    [true],
    ["ИСТИНА"],
    ["TRUE"],
    [" выполнено "],
  ])("«%s» is done", (mark) => {
    expect(readDoneMark(mark, null)).toEqual({ state: "done" });
  });
  test.each([["частично"], ["в работе"], ["В процессе"], ["выполнено частично"]])("«%s» is partial", (mark) => {
    expect(readDoneMark(mark, null).state).toBe("partial");
  });
  test.each([[null], [""], ["нет"], ["не выполнено"], ["-"], ["0"], [0], [false], ["ЛОЖЬ"], ["FALSE"]])(
    "«%s» is not done",
    (mark) => {
      expect(readDoneMark(mark, null).state).toBe("notDone");
    },
  );
  test("a word followed by a date is done on that date", () => {
    expect(readDoneMark("проведено 12.03.2021", null)).toEqual({ state: "done", date: D(12, 3, 2021) });
    expect(readDoneMark("выполнено 12.03.2021 г.", null)).toEqual({ state: "done", date: D(12, 3, 2021) });
  });
  test("a date alone (serial or text) is done on that date", () => {
    expect(readDoneMark(D(1, 4, 2021), null)).toEqual({ state: "done", date: D(1, 4, 2021) });
    expect(readDoneMark("01.04.2021", null)).toEqual({ state: "done", date: D(1, 4, 2021) });
  });
  test("the done-date cell gives the date, as a serial or as dd.mm.yyyy", () => {
    expect(readDoneMark("+", D(20, 5, 2021))).toEqual({ state: "done", date: D(20, 5, 2021) });
    expect(readDoneMark(true, "20.05.2021")).toEqual({ state: "done", date: D(20, 5, 2021) });
  });
  test("other text is invalid, naming the value", () => {
    const r = readDoneMark("вчера", null);
    expect(r.state).toBe("invalid");
    expect(r.message).toContain("«вчера»");
    expect(readDoneMark("проведено 31.02.2021", null).message).toContain("31.02.2021");
    expect(readDoneMark("нет 12.03.2021", null).state).toBe("invalid");
    expect(readDoneMark(7, null).state).toBe("invalid");
  });
  test("an unreadable done date is invalid, naming it", () => {
    const r = readDoneMark("выполнено", "вчера");
    expect(r.state).toBe("invalid");
    expect(r.message).toBe("Дата выполнения «вчера» не распознана: нужна дата дд.мм.гггг");
  });
  test("any cell pair gives a state, never an exception", () => {
    // Marks as plans write them (SPEC §3), dates as serials or text, and noise.
    const mark = fc.constantFrom(
      "да",
      "Выполнено",
      "исполнено",
      "проведено 12.03.2021",
      "+",
      "✓",
      1,
      true,
      "частично",
      "в работе",
      "нет",
      "-",
      0,
      false,
      "не выполнено",
      "15.03.2021",
      44270,
    );
    const cell = fc.oneof({ arbitrary: mark, weight: 4 }, fc.string(), fc.double(), fc.boolean(), fc.constant(null));
    const runs = 300;
    let readable = 0;
    fc.assert(
      fc.property(cell, cell, (m, d) => {
        const r = readDoneMark(m, d);
        expect(["done", "partial", "notDone", "invalid"]).toContain(r.state);
        if (r.state === "invalid") expect(r.message).toBeTruthy();
        else readable++;
      }),
      { numRuns: runs },
    );
    expect(readable).toBeGreaterThan(runs * 0.3);
  });
});

describe("readItemDone: the columns the plan has decide (SPEC §3)", () => {
  test("without a done-mark column a filled done date means done on it; with one, the mark decides", () => {
    expect(readItemDone(undefined, 44300)).toEqual({ state: "done", date: 44300 });
    expect(readItemDone(undefined, "10.04.2021")).toMatchObject({ state: "done" });
    expect(readItemDone(undefined, null)).toEqual({ state: "notDone" });
    expect(readItemDone(undefined, "скоро")).toMatchObject({
      state: "invalid",
      message: expect.stringContaining("«скоро»"),
    });
    expect(readItemDone(null, 44300)).toEqual({ state: "notDone" });
    expect(readItemDone("выполнено", 44300)).toEqual({ state: "done", date: 44300 });
  });
});
