/** The municipality a run is for (SPEC §8, issue 24): the one municipality whose name holds every given word as a whole word. */
import fc from "fast-check";
import { matchMunicipality, municipalityRefusal, schoolsOfMunicipality } from "../../../src/core/risk/scope";
import type { SchoolRecord } from "../../../src/core/tables/records";

const OMSK = [
  "Калачинский муниципальный район",
  "Кормиловский муниципальный район",
  "Тарский муниципальный район",
  "г. Омск",
  "Омский муниципальный район",
  "Омский район (городской округ)",
];

describe("matchMunicipality", () => {
  it("takes the one name that begins with the given whole words, case and «ё» aside", () => {
    expect(matchMunicipality(OMSK, "Калачинский")).toEqual({ kind: "one", name: "Калачинский муниципальный район" });
    expect(matchMunicipality(OMSK, "  калачинский  МУНИЦИПАЛЬНЫЙ ")).toEqual({
      kind: "one",
      name: "Калачинский муниципальный район",
    });
    expect(matchMunicipality(["Тарский район", "Кормиловский район"], "ТАРСКИЙ РАЙОН")).toEqual({
      kind: "one",
      name: "Тарский район",
    });
    expect(matchMunicipality(["Пошёхонский МР"], "Пошехонский")).toEqual({ kind: "one", name: "Пошёхонский МР" });
    expect(matchMunicipality(OMSK, "г. Омск")).toEqual({ kind: "one", name: "г. Омск" });
  });

  it("never cuts a word: «Калач» is no municipality, and the closest are named", () => {
    const match = matchMunicipality(OMSK, "Калач");
    expect(match).toEqual({ kind: "none", closest: expect.arrayContaining(["Калачинский муниципальный район"]) });
    expect(match.kind === "none" && match.closest[0]).toBe("Калачинский муниципальный район");
    expect(
      matchMunicipality(["Азовский немецкий национальный муниципальный район", "г. Омск"], "Азовск"),
    ).toMatchObject({ kind: "none" });
  });

  it("finds the words anywhere in the name, «г.», «район», «муниципальный», «МР», «ГО» aside (issue 24)", () => {
    expect(matchMunicipality(OMSK, "Омск")).toEqual({ kind: "one", name: "г. Омск" });
    expect(matchMunicipality(OMSK, "Тарский МР")).toEqual({ kind: "one", name: "Тарский муниципальный район" });
    expect(matchMunicipality(["Азовский немецкий национальный муниципальный район", "г. Омск"], "немецкий")).toEqual({
      kind: "one",
      name: "Азовский немецкий национальный муниципальный район",
    });
    expect(matchMunicipality(["Ханты-Мансийский ГО", "Сургутский район"], "го Ханты-Мансийский")).toEqual({
      kind: "one",
      name: "Ханты-Мансийский ГО",
    });
    expect(municipalityRefusal(OMSK, "Омская")).toMatch(
      /^муниципалитет «Омская» не найден в списке школ: ни одно название не содержит всех этих слов; ближайшие: /,
    );
  });

  it("refuses words that begin several names, naming them", () => {
    expect(matchMunicipality(OMSK, "Омский")).toEqual({
      kind: "several",
      names: ["Омский муниципальный район", "Омский район (городской округ)"],
    });
    expect(municipalityRefusal(OMSK, "Омский")).toBe(
      "муниципалитет «Омский» подходит к нескольким муниципалитетам списка школ: «Омский муниципальный район», «Омский район (городской округ)»; укажите название точнее.",
    );
  });

  it("prefers a name equal to the given words over longer names beginning with them", () => {
    expect(matchMunicipality(["Омский район", "Омский район (городской округ)"], "омский район")).toEqual({
      kind: "one",
      name: "Омский район",
    });
  });

  it("any text gives an answer, never an exception; a match always holds the given words", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 30 }),
        fc.array(fc.string({ maxLength: 30 }), { maxLength: 6 }),
        (wanted, known) => {
          const match = matchMunicipality(known, wanted);
          if (match.kind === "one") expect(known.map((k) => k.trim())).toContain(match.name);
          if (match.kind === "none") expect(match.closest.length).toBeLessThanOrEqual(3);
        },
      ),
    );
  });
});

describe("schoolsOfMunicipality", () => {
  const schools = OMSK.map((municipality, i) => ({ municipality, name: `СОШ № ${i + 1}` }) as SchoolRecord);
  it("filters by the same rule (the pane's filter and --municipality alike)", () => {
    expect(schoolsOfMunicipality(schools, "Калачинский").map((s) => s.name)).toEqual(["СОШ № 1"]);
    expect(schoolsOfMunicipality(schools, "Калач")).toEqual([]);
    expect(schoolsOfMunicipality(schools, "Омский")).toEqual([]);
    expect(schoolsOfMunicipality(schools, undefined)).toHaveLength(OMSK.length);
  });
});
