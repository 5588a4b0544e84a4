/** The run the pane's «Параметры» fields ask for, as the ribbon and the report buttons receive it. */
import { mustDayOf } from "../../src/core/calendar";
import { runChoiceOf } from "../../src/taskpane/useRunChoice";

test("«на дату» alone: every municipality, each plan's last quarter", () => {
  expect(runChoiceOf({ asOfText: "2021-06-15" })).toEqual({ asOf: mustDayOf(2021, 6, 15) });
});

test("a municipality and a quarter of the lists go with the date", () => {
  expect(runChoiceOf({ asOfText: "2021-06-15", municipality: "Тарский МР", quarter: "2021-2" })).toEqual({
    asOf: mustDayOf(2021, 6, 15),
    municipality: "Тарский МР",
    quarterText: "2021-2",
  });
});

test.each([[""], ["2021-02-31"], ["15.06.2021"]])("no run while «на дату» is %p", (asOfText) => {
  expect(runChoiceOf({ asOfText, municipality: "Тарский МР" })).toBeUndefined();
});
