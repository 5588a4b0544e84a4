import { itemsForMunicipality, namesMunicipality, namesMunicipalBody } from "../../../src/core/forms/municipalBody";

describe("namesMunicipalBody: the municipal bodies of SPEC §10, in any case or number", () => {
  it.each([
    "МОУО",
    "Министерство образования, МОУО",
    "моуо, ОО",
    "ОМСУ",
    "Управление образования администрации района",
    "управлениями образования муниципальных районов",
    "Отдел образования",
    "отделы образования администраций",
    "Муниципальный координатор",
    "муниципальные координаторы проекта",
    "Органы местного самоуправления, осуществляющие управление в сфере образования",
    "органами местного самоуправления",
    "Муниципальные органы управления образованием",
  ])("«%s» names one", (executor) => {
    expect(namesMunicipalBody(executor)).toBe(true);
  });

  it.each([
    "Министерство образования Омской области",
    "БУ ОО «РЦОКОиИТ»",
    "ИРООО, ООНОР",
    "Управление общего образования Министерства",
    "образовательные организации",
    "МОУОО", // another word, not МОУО
    "",
  ])("«%s» names none", (executor) => {
    expect(namesMunicipalBody(executor)).toBe(false);
  });
});

describe("namesMunicipality: the municipality itself, in any case", () => {
  it.each([
    ["Администрация Калачинского муниципального района", "Калачинский муниципальный район"],
    ["Администрация Омского муниципального района Омской области", "Омский МР"],
    ["Комитет по образованию Администрации Красноярского района", "Красноярский МР"],
    ["Департамент образования Администрации г. Омска", "г. Омск"],
    ["Калачинский МР", "Калачинский муниципальный район"],
    ["Администрация Тарского района; администрация г. Тары", "г. Тара"],
  ])("«%s» names «%s»", (executor, municipality) => {
    expect(namesMunicipality(executor, municipality)).toBe(true);
  });

  it.each([
    ["Администрация Тарского муниципального района", "Калачинский муниципальный район"],
    ["Министерство образования Омской области", "г. Омск"],
    // a district of the region's name is not named by the region's bodies
    ["Министерство образования Омской области", "Омский МР"],
    ["Министерство образования Красноярского края", "Красноярский муниципальный район"],
    ["Департамент образования и науки Тюменской области", "Тюменский МР"],
    ["Департамент образования Ханты-Мансийского автономного округа – Югры", "Ханты-Мансийский район"],
    ["Администрация района", "Калачинский муниципальный район"],
  ])("«%s» does not name «%s»", (executor, municipality) => {
    expect(namesMunicipality(executor, municipality)).toBe(false);
  });
});

describe("itemsForMunicipality", () => {
  const municipalities = ["Калачинский муниципальный район", "Тарский муниципальный район"];
  it("keeps the items of municipal bodies and of the municipality itself, in plan order", () => {
    const items = [
      { n: 1, executor: "Министерство образования Омской области" },
      { n: 2, executor: "МОУО" },
      { n: 3, executor: "Администрация Тарского муниципального района" },
      { n: 4, executor: "Администрация Калачинского муниципального района" },
      { n: 5, executor: "Министерство образования, органы местного самоуправления" },
    ];
    expect(itemsForMunicipality(items, municipalities[0], municipalities).map((i) => i.n)).toEqual([2, 4, 5]);
    expect(itemsForMunicipality(items, municipalities[1], municipalities).map((i) => i.n)).toEqual([2, 3, 5]);
  });

  it("gives every item when no item names a municipal body or a municipality", () => {
    const items = [
      { n: 1, executor: "Министерство образования" },
      { n: 2, executor: "ИРООО" },
    ];
    expect(itemsForMunicipality(items, municipalities[0], municipalities).map((i) => i.n)).toEqual([1, 2]);
  });
});
