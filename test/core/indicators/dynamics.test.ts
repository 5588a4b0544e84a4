import { betterFor, findDynamicsPairs, parseBetter, trendOf } from "../../../src/core/indicators/dynamics";

describe("findDynamicsPairs", () => {
  test("entry/final pairs of one measure, with the direction of the measure", () => {
    expect(
      findDynamicsPairs([
        "Разместили материалы в ИС МЭДК",
        "ВПР вход, доля «2», %",
        "Неуспевающих, % (вход)",
        "ВПР итог, доля «2», %",
        "Неуспевающих, % (итог)",
        "Средний балл ОГЭ (входная диагностика)",
        "Средний балл ОГЭ (итоговая диагностика)",
        "Итого баллов",
      ]),
    ).toEqual([
      {
        measure: "ВПР, доля «2», %",
        entryHeader: "ВПР вход, доля «2», %",
        finalHeader: "ВПР итог, доля «2», %",
        better: "lower",
      },
      {
        measure: "Неуспевающих, %",
        entryHeader: "Неуспевающих, % (вход)",
        finalHeader: "Неуспевающих, % (итог)",
        better: "lower",
      },
      {
        measure: "Средний балл ОГЭ (диагностика)",
        entryHeader: "Средний балл ОГЭ (входная диагностика)",
        finalHeader: "Средний балл ОГЭ (итоговая диагностика)",
        better: "higher",
      },
    ]);
  });
  test("a lone entry or final column is no pair", () => {
    expect(findDynamicsPairs(["Неуспевающих, % (вход)", "Доля «2» (итог)"])).toEqual([]);
  });
  test("directions", () => {
    expect(betterFor("Доля обучающихся, получивших «2»")).toBe("lower");
    expect(betterFor("Получивших отметку 2, %")).toBe("lower");
    expect(betterFor("доля 2 ВПР")).toBe("lower");
    expect(betterFor("Доля обучающихся 2 классов, %")).toBe("higher");
    expect(betterFor("Доля «4» и «5», %")).toBe("higher");
    expect(betterFor("Количество двоек")).toBe("lower");
    expect(betterFor("Качество знаний, %")).toBe("higher");
  });
});

describe("trendOf / parseBetter", () => {
  test("lower is better for failing pupils", () => {
    expect(trendOf(24, 23, "lower")).toBe("положительная");
    expect(trendOf(22, 26, "lower")).toBe("отрицательная");
    expect(trendOf(1, 1, "lower")).toBe("без изменений");
    expect(trendOf(55, 61, "higher")).toBe("положительная");
  });
  test("«больше» by default, «меньше», anything else an error", () => {
    expect(parseBetter("")).toBe("higher");
    expect(parseBetter("Меньше")).toBe("lower");
    expect(parseBetter("лучше")).toEqual({ error: "Направление «лучше» не распознано: укажите «больше» или «меньше»" });
  });
});

describe("findDynamicsPairs with the user's directions", () => {
  const headers = ["Неуспевающих, % (вход)", "Неуспевающих, % (итог)", "Охват, % (вход)", "Охват, % (итог)"];

  test("a setting matched by the pair finder's normalisation wins over the guess and is marked", () => {
    const pairs = findDynamicsPairs(headers, [{ measure: "неуспевающих,  % (вход)", better: "больше" }]);
    expect(pairs.map((p) => [p.measure, p.better, p.fromSettings])).toEqual([
      ["Неуспевающих, %", "higher", true],
      ["Охват, %", "higher", undefined],
    ]);
  });

  test("without a setting the direction is guessed from the name", () => {
    expect(findDynamicsPairs(headers).map((p) => p.better)).toEqual(["lower", "higher"]);
    expect(
      findDynamicsPairs(headers, [{ measure: "Охват, %", better: "меньше" }]).map((p) => [p.better, p.fromSettings]),
    ).toEqual([
      ["lower", undefined],
      ["lower", true],
    ]);
  });
});
