/** The boot helper itself (test/helpers/onlyoffice.ts): the switch on ONLYOFFICE_SDKJS, and commands in the real engine. */
import { bootEngine, describeWithEngine, type Engine } from "../helpers/onlyoffice";

describe("папка движка только из ONLYOFFICE_SDKJS", () => {
  const saved = { sdkjs: process.env.ONLYOFFICE_SDKJS, ci: process.env.CI };
  afterEach(() => {
    for (const [key, value] of [
      ["ONLYOFFICE_SDKJS", saved.sdkjs],
      ["CI", saved.ci],
    ] as const) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    jest.restoreAllMocks();
  });

  it("без переменной проверки пропускаются с предупреждением по-русски", () => {
    delete process.env.ONLYOFFICE_SDKJS;
    delete process.env.CI;
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    expect(describeWithEngine()).toBe(describe.skip);
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining(
        "ONLYOFFICE_SDKJS не задана: проверки двери Р7-Офис / ONLYOFFICE на настоящем движке НЕ выполнены",
      ),
    );
  });

  it("под CI=true без переменной проверки не пропускаются, а падают при загрузке движка", () => {
    delete process.env.ONLYOFFICE_SDKJS;
    process.env.CI = "true";
    expect(describeWithEngine()).toBe(describe);
    expect(() => bootEngine()).toThrow(/ONLYOFFICE_SDKJS не задана.*Под CI=true эта проверка обязательна/);
  });

  it("переменная, указывающая не на sdkjs, названа в сообщении", () => {
    process.env.ONLYOFFICE_SDKJS = "/нет/такой/папки";
    process.env.CI = "true";
    expect(() => bootEngine()).toThrow(
      "ONLYOFFICE_SDKJS=«/нет/такой/папки» не указывает на папку sdkjs (в ней нет load-order.txt)",
    );
  });
});

describeWithEngine()("движок ONLYOFFICE в Node (ONLYOFFICE_SDKJS)", () => {
  let engine: Engine;
  beforeAll(() => {
    engine = bootEngine("ru-RU");
  });

  it("команда получает Asc.scope и возвращает значение; в ru-RU «1,5» — число, десятичный разделитель — запятая", () => {
    const got = engine.run(
      function () {
        // @ts-expect-error Api exists in the editor's frame only
        const sheet = Api.GetActiveSheet();
        // @ts-expect-error the scope of the command
        sheet.GetRange("A1").SetValue(Asc.scope.text);
        sheet.GetRange("B1").SetValue("1,5");
        // @ts-expect-error as above
        return [sheet.GetRange("A1").GetValue(), sheet.GetRange("B1").GetValue(), Api.Format("1", "0,0")];
      },
      { text: "Школа № 5" },
    );
    expect(got).toEqual(["Школа № 5", "1.5", "1,0"]);
  });

  it("в en-US десятичный разделитель — точка: «0,0» там — разряды («01»)", () => {
    const english = bootEngine("en-US");
    // @ts-expect-error Api exists in the editor's frame only
    expect(english.run(() => [Api.Format("1", "0,0"), Api.Format("1", "0.0")])).toEqual(["01", "1.0"]);
  });

  it("замыкание в команде не работает, как в редакторе", () => {
    const outer = 42;
    expect(() => engine.run(() => outer)).toThrow(/outer/);
  });
});
