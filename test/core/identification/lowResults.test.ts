import { judgeLowResults, lowResultTriggers, type ShareCell } from "../../../src/core/identification/lowResults";
import type { ResultRow } from "../../../src/core/identification/resultsData";
import { DEFAULT_IDENTIFICATION_SETTINGS as D } from "../../../src/core/identification/settings";

const cell = (procedure: string, year: number, share: number): ShareCell => ({
  procedure,
  procedureKey: procedure.toLowerCase(),
  year,
  share,
});

describe("default low-results rule (SPEC §8)", () => {
  test("two procedures of one year at or above 30 % flag the school, naming the year and procedures", () => {
    const t = lowResultTriggers(
      [cell("ВПР рус 5", 2021, 30), cell("ВПР мат 5", 2021, 41.5), cell("ВПР рус 6", 2021, 12)],
      D,
    );
    expect(t).toEqual(["2021: ВПР рус 5 (30,0 %), ВПР мат 5 (41,5 %)"]);
  });

  test("one procedure low in one year only is not enough", () => {
    expect(
      lowResultTriggers([cell("ВПР рус 5", 2021, 45), cell("ВПР мат 5", 2021, 29.9), cell("ВПР рус 5", 2023, 50)], D),
    ).toEqual([]);
  });

  test("the same procedure in two consecutive years flags the school", () => {
    expect(
      lowResultTriggers([cell("ВПР рус 5", 2021, 31), cell("ВПР рус 5", 2022, 35), cell("ВПР мат 5", 2022, 3)], D),
    ).toEqual(["ВПР рус 5: 2021 (31,0 %), 2022 (35,0 %) — 2 года подряд"]);
  });

  test("a share computed from counts is not lost to rounding (15 of 50 = 30 %)", () => {
    const share = (15 / 50) * 100; // 30.000000000000004 or 29.999… depending on the order of operations
    expect(
      lowResultTriggers([cell("ВПР рус 5", 2021, share), cell("ВПР мат 5", 2021, 0.3 * 100 - 1e-12)], D),
    ).toHaveLength(1);
  });

  test("settings: threshold, number of procedures, consecutive years", () => {
    const cells = [cell("ВПР рус 5", 2021, 25), cell("ВПР мат 5", 2021, 26), cell("ВПР рус 5", 2022, 27)];
    expect(lowResultTriggers(cells, D)).toEqual([]);
    expect(lowResultTriggers(cells, { ...D, threshold: 25 })).toHaveLength(2);
    expect(lowResultTriggers(cells, { ...D, threshold: 25, consecutiveYears: 0 })).toEqual([
      "2021: ВПР рус 5 (25,0 %), ВПР мат 5 (26,0 %)",
    ]);
    expect(lowResultTriggers(cells, { ...D, threshold: 25, proceduresPerYear: 3, consecutiveYears: 3 })).toEqual([]);
  });
});

describe("judgeLowResults", () => {
  const school = { key: "id:v1", name: "МБОУ СОШ № 1 г. Вязьмы", login: "v1", municipality: "Вяземский район" };
  const other = { key: "id:v2", name: "МБОУ СОШ № 2 г. Вязьмы", login: "v2", municipality: "Вяземский район" };
  const row = (s: typeof school, procedure: string, year: number, share: number): ResultRow => ({
    school: s,
    procedure,
    procedureKey: procedure,
    year,
    share,
    ref: { sheet: "Результаты", row: 1, col: 5 },
  });
  const results = [
    row(school, "рус 5", 2021, 40),
    row(school, "мат 5", 2021, 35),
    row(school, "рус 5", 2023, 10),
    row(other, "рус 5", 2022, 5),
  ];

  test("missing years are named and the school is judged on what exists", () => {
    const [v1, v2] = judgeLowResults(results, D);
    expect(v1).toMatchObject({ flagged: true, yearsPresent: [2021, 2023], yearsMissing: [2022] });
    expect(v2).toMatchObject({ flagged: false, yearsPresent: [2022], yearsMissing: [2021, 2023] });
  });

  test("the years setting limits what is judged", () => {
    const [v1, v2] = judgeLowResults(results, { ...D, years: [2022, 2023] });
    expect(v1).toMatchObject({ flagged: false, triggers: [], yearsPresent: [2023], yearsMissing: [2022] });
    expect(v2.yearsMissing).toEqual([2023]);
  });
});
