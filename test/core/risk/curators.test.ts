import { curatorLoads } from "../../../src/core/risk/curators";
import { schoolsOf } from "../../fixtures/risk/workbookData";

const grid = [
  ["Муниципалитет", "Наименование ОО", "Куратор"],
  ["Тарский район", "МБОУ «Атирская СОШ»", "Сидорова А. В."],
  ["Тарский район", "МБОУ «Заливинская СОШ»", "сидорова а.в."],
  ["Калачинский район", "МБОУ «Куликовская СОШ»", "Петров П.П."],
  ["Калачинский район", "МБОУ «Осокинская СОШ»", "Сидорова А.В."],
  ["Калачинский район", "МБОУ «Воскресенская СОШ»", ""],
];
const schools = schoolsOf({ sheet: "Кураторы", grid, rows: [1, 5], municipality: 0, name: 1, curator: 2, factors: {} });

describe("curatorLoads", () => {
  test("spellings of one curator are one curator; over the cap is flagged; no curator is kept apart", () => {
    const { loads, withoutCurator } = curatorLoads(schools, 2);
    expect(loads.map((l) => [l.curator, l.schools.map((s) => s.name), l.overCap])).toEqual([
      ["Сидорова А. В.", ["МБОУ «Атирская СОШ»", "МБОУ «Заливинская СОШ»", "МБОУ «Осокинская СОШ»"], true],
      ["Петров П.П.", ["МБОУ «Куликовская СОШ»"], false],
    ]);
    expect(withoutCurator.map((s) => s.name)).toEqual(["МБОУ «Воскресенская СОШ»"]);
  });
  test("exactly the cap is not a violation", () => {
    expect(curatorLoads(schools, 3).loads[0].overCap).toBe(false);
  });
});
