import fc from "fast-check";
import type { Cell } from "../../../src/core/cell";
import { DEFAULT_SETTINGS, type Settings } from "../../../src/core/settings";
import { findTables } from "../../../src/core/tables/findTables";
import type { FoundTable } from "../../../src/core/tables/types";
import { grid, namedFactorSchools, omskPlan, sakhalinMeasures, twoRowSchools } from "../../fixtures/layouts/grids";
import { schoolsTableRows } from "../../helpers/schoolsTable";

function meanings(table: FoundTable): [string, string][] {
  return table.columns.map((c) => [c.header, c.meaning === "factor" ? `factor ${c.factor}` : c.meaning]);
}

describe("Omsk plan-graphic", () => {
  const { tables, problems } = findTables(omskPlan, DEFAULT_SETTINGS);
  const [plan] = tables;

  test("one plan table under its title, columns mapped by the synonyms", () => {
    expect(problems).toEqual([]);
    expect(tables).toHaveLength(1);
    expect(plan.kind).toBe("plan");
    expect(plan.headerRows).toEqual([3]);
    expect(meanings(plan)).toEqual([
      ["№ п/п", "itemNumber"],
      ["Описание действий", "measure"],
      ["Ответственный исполнитель", "executor"],
      ["Сроки реализации", "deadline"],
      ["Региональный показатель реализации", "indicator"],
    ]);
    expect(plan.title).toMatch(/^Приложение к распоряжению .* на 2021 год$/);
  });

  test("repeated headers (also an OCR'd «№ шп» copy) are not rows; sections are kept for the rows below", () => {
    const numbers = plan.rows.map((r) => r.cells[0]);
    expect(numbers).toEqual([1, 2, null, 3, 7, 8, 16, 18]);
    expect(plan.rows.find((r) => r.cells[0] === 3)?.section).toBeUndefined();
    expect(plan.rows.find((r) => r.cells[0] === 7)?.section).toBe(
      "2. Действия, направленные на преодоление дефицита базовой инфраструктуры и дефицита педагогических кадров",
    );
    expect(plan.rows.find((r) => r.cells[0] === 18)?.section).toBe(
      "3. Действия, направленные на преодоление низкой эффективности управления образовательной организацией",
    );
  });

  test("the plan period comes from the title", () => {
    expect(plan.period).toMatchObject({ start: 44197, end: 44561, source: "title" });
    expect(plan.range).toEqual({ top: 3, left: 0, bottom: 15, right: 4 });
  });
});

describe("Sakhalin complex of measures", () => {
  const { tables, problems } = findTables(sakhalinMeasures, DEFAULT_SETTINGS);

  test("«Наименование мероприятия (краткое содержание)» is the measure, «Сроки исполнения» the deadline", () => {
    expect(problems).toEqual([]);
    expect(meanings(tables[0])).toEqual([
      ["№ п/п", "itemNumber"],
      ["Наименование мероприятия (краткое содержание)", "measure"],
      ["Сроки исполнения", "deadline"],
      ["Ответственный исполнитель", "executor"],
      ["Ожидаемый результат", "result"],
    ]);
  });

  test("«1. Меры, направленные на …» rows are sections, not items", () => {
    const rows = tables[0].rows;
    expect(rows.map((r) => r.cells[0])).toEqual([1.1, 1.2, "1.6", 2.1, "4.5"]);
    expect(rows[0].section).toMatch(/^1\. Меры, направленные на определение ШНОР/);
    expect(rows[3].section).toMatch(/^2\. Меры, направленные на создание региональной инфраструктуры/);
  });

  test("«на 2021-2022 гг» in the title is the period 01.01.2021–31.12.2022", () => {
    expect(tables[0].period).toMatchObject({ start: 44197, end: 44926 });
  });
});

describe.each([true, false])("two-row schools header (merged: %s)", (merged) => {
  const { tables, problems } = findTables(twoRowSchools(merged), DEFAULT_SETTINGS);
  const [schools] = tables;

  test("header of two rows; numbers under «Рисковые факторы» are factors 1…10", () => {
    expect(problems).toEqual([]);
    expect(schools.kind).toBe("schools");
    expect(schools.headerRows).toEqual([4, 5]);
    expect(schools.title).toBe("Рисковые профили ООНОР Омской области на 01.03.2021");
    expect(meanings(schools)).toEqual([
      ["№", "itemNumber"],
      ["Муниципалитет", "municipality"],
      ["Наименование ОО", "school"],
      ["Куратор", "curator"],
      ...Array.from({ length: 10 }, (_, i) => [`Рисковые факторы (уровень значимости) / ${i + 1}`, `factor ${i + 1}`]),
      ["Разместили материалы в ИС МЭДК", "other"],
    ]);
    expect(schools.columns[0].col).toBe(1);
  });

  test("the blank row and the «Итого» row are not schools", () => {
    expect(schools.rows.map((r) => r.row)).toEqual([6, 7, 9]);
    expect(schools.rows.map((r) => r.cells[2])).toEqual([
      "МБОУ «Ивановская СОШ»",
      "МБОУ «Сорокинская СОШ»",
      "МБОУ «Тарская СОШ № 1»",
    ]);
  });
});

describe("factor columns headed by names", () => {
  test("full names, a clear part and «РФ9. …» map to the default numbers", () => {
    const { tables, problems } = findTables(namedFactorSchools, DEFAULT_SETTINGS);
    expect(problems).toEqual([]);
    expect(meanings(tables[0]).slice(3)).toEqual([
      ["Низкий уровень оснащения школы", "factor 1"],
      ["Дефицит педагогических кадров", "factor 2"],
      ["Недостаточная предметная …", "factor 3"],
      ["Высокая доля обучающихся с ОВЗ", "factor 4"],
      ["РФ9. Высокая доля обучающихся с рисками учебной неуспешности", "factor 9"],
    ]);
    expect(tables[0].factorCatalogue).toBeUndefined();
    expect(meanings(tables[0])[0]).toEqual(["Логин", "schoolId"]);
  });

  test("a later FIOKO list under a risk-factor group header becomes the workbook's own catalogue", () => {
    const sheet = grid("Профили 2022", [
      ["Наименование ОО", "Муниципалитет", "Рисковые факторы", null, null],
      [
        null,
        null,
        "Дефицит педагогических кадров",
        "Риски низкой адаптивности учебного процесса",
        "Несформированность внутришкольной системы повышения квалификации",
      ],
      ["МБОУ «Новая СОШ»", "Исилькульский район", "В", "С", "Н"],
    ]);
    const { tables } = findTables(sheet, DEFAULT_SETTINGS);
    expect(tables[0].factorCatalogue).toEqual([
      { number: 1, name: "Дефицит педагогических кадров" },
      { number: 2, name: "Риски низкой адаптивности учебного процесса" },
      { number: 3, name: "Несформированность внутришкольной системы повышения квалификации" },
    ]);
    expect(tables[0].columns.filter((c) => c.meaning === "factor").map((c) => c.factor)).toEqual([1, 2, 3]);
  });

  test("«РФ12» beyond the catalogue is reported with its cell, not silently dropped", () => {
    const sheet = grid("Лист1", [
      ["Наименование ОО", "Муниципалитет", "РФ1", "РФ12"],
      ["СОШ № 1", "Район", "высокий", "низкий"],
    ]);
    const { tables, problems } = findTables(sheet, DEFAULT_SETTINGS);
    expect(tables[0].columns[3].meaning).toBe("other");
    expect(problems).toEqual([
      expect.objectContaining({
        sheet: "Лист1",
        row: 0,
        col: 3,
        message: expect.stringContaining("фактора 12 нет в перечне"),
      }),
    ]);
  });
});

describe("header matching rules", () => {
  test("«Ответственный исполнитель» is an executor and «Исполнение» a done mark; «Сроки исполнения (план)» a deadline", () => {
    const sheet = grid("План", [
      [
        "Мероприятие",
        "Ответственный исполнитель",
        "Сроки исполнения (план)",
        "Исполнение",
        "Дата исполнения",
        "Группы ОО",
      ],
      ["Семинар", "ИРО", "март 2021", "да", null, "1, 3"],
    ]);
    const { tables } = findTables(sheet, DEFAULT_SETTINGS);
    expect(tables[0].columns.map((c) => c.meaning)).toEqual([
      "measure",
      "executor",
      "deadline",
      "doneMark",
      "doneDate",
      "groups",
    ]);
  });

  test("a column override from the settings gives a column its meaning", () => {
    const settings: Settings = {
      ...DEFAULT_SETTINGS,
      columnOverrides: [
        { sheet: "План", header: "Когда", meaning: "deadline" },
        { sheet: "План", header: "Примечание", meaning: "нет" },
      ],
    };
    const sheet = grid("План", [
      ["Мероприятие", "Когда", "Примечание"],
      ["Семинар", "март 2021", "по согласованию"],
    ]);
    const { tables, problems } = findTables(sheet, settings);
    expect(problems).toEqual([]);
    expect(tables[0].kind).toBe("plan");
    expect(tables[0].columns).toEqual([
      { col: 0, header: "Мероприятие", meaning: "measure" },
      { col: 1, header: "Когда", meaning: "deadline", overridden: true },
      { col: 2, header: "Примечание", meaning: "ignored", overridden: true },
    ]);
  });

  test("an override naming a column the sheet lacks is reported", () => {
    const settings: Settings = {
      ...DEFAULT_SETTINGS,
      columnOverrides: [{ sheet: "План", header: "Срок по плану", meaning: "deadline" }],
    };
    const { problems } = findTables(omskPlan, settings);
    expect(problems).toEqual([]);
    const other = findTables({ ...omskPlan, name: "План" }, settings).problems;
    expect(other).toEqual([
      expect.objectContaining({ sheet: "План", row: 3, col: 0, message: expect.stringContaining("«Срок по плану»") }),
    ]);
  });
});

describe("merged cells and grouped headers", () => {
  test("a municipality merged down over its schools is each school's municipality", () => {
    const sheet = grid(
      "Профили",
      [
        ["Муниципалитет", "Наименование ОО", "РФ1"],
        ["Калачинский район", "СОШ № 1", "высокий"],
        [null, "СОШ № 2", "низкий"],
        [null, "СОШ № 3", null],
        ["Тарский район", "СОШ № 4", "в"],
      ],
      [{ top: 1, left: 0, bottom: 3, right: 0 }],
    );
    const { tables } = findTables(sheet, DEFAULT_SETTINGS);
    expect(tables[0].rows.map((r) => r.cells[0])).toEqual([
      "Калачинский район",
      "Калачинский район",
      "Калачинский район",
      "Тарский район",
    ]);
  });

  test("«Сроки исполнения» over «план» and «факт»: the deadline and the done date", () => {
    const sheet = grid(
      "План",
      [
        ["№", "Мероприятие", "Сроки исполнения", null, "Ответственный"],
        [null, null, "план", "факт", null],
        [1, "Семинар", "март 2021", "15.03.2021", "ИРО"],
      ],
      [{ top: 0, left: 2, bottom: 0, right: 3 }],
    );
    const { tables, problems } = findTables(sheet, DEFAULT_SETTINGS);
    expect(problems).toEqual([]);
    expect(meanings(tables[0])).toEqual([
      ["№", "itemNumber"],
      ["Мероприятие", "measure"],
      ["Сроки исполнения / план", "deadline"],
      ["Сроки исполнения / факт", "doneDate"],
      ["Ответственный", "executor"],
    ]);
    expect(tables[0].rows).toHaveLength(1);
  });

  test("a row of column numbers under the header and an «Итого» row are skipped; an item «Всего …» is kept", () => {
    const sheet = grid("План", [
      ["№", "Мероприятие", "Срок", "Ответственный"],
      [1, 2, 3, 4],
      [1, "Всего провести не менее 3 семинаров", "2021", "ИРО"],
      [2, "Семинар для кураторов", "март 2021", "ИРО"],
      [null, "Итого мероприятий: 2"],
    ]);
    const { tables } = findTables(sheet, DEFAULT_SETTINGS);
    expect(tables[0].rows.map((r) => r.row)).toEqual([2, 3]);
  });

  test("data that begins with a header word («Район 3», «ОО 72621») is not a header", () => {
    const sheet = grid("Данные", [
      ["ОО 72621", "Район 3", "Куратор 5"],
      ["ОО 72622", "Район 4", "Куратор 6"],
    ]);
    const { tables, problems } = findTables(sheet, DEFAULT_SETTINGS);
    expect(tables).toEqual([]);
    expect(problems[0].message).toContain("таблица не найдена");
  });
});

describe("kinds and several tables on one sheet", () => {
  test("results (long and wide) and context tables are recognised by kind", () => {
    const long = grid("ВПР", [
      ["Логин", "Наименование ОО", "Год", "Процедура", "Участников", "Получили «2»", "Доля «2», %"],
      ["sch1", "СОШ № 1", 2021, "ВПР 5 класс, русский язык", 40, 14, 35],
    ]);
    const wide = grid("ВПР широко", [
      ["Наименование ОО", "Муниципалитет", "ВПР-2021 рус 5 доля 2", "ВПР-2021 мат 5 доля 2"],
      ["СОШ № 1", "Район", 35, 12],
    ]);
    const context = grid("ИСБШ", [
      [
        "Наименование ОО",
        "Муниципалитет",
        "Доля обучающихся из малообеспеченных семей",
        "Доля обучающихся, для которых русский язык не родной",
      ],
      ["СОШ № 1", "Район", 0.3, 0.1],
    ]);
    expect(findTables(long, DEFAULT_SETTINGS).tables[0].kind).toBe("results");
    expect(findTables(wide, DEFAULT_SETTINGS).tables[0].kind).toBe("results");
    expect(findTables(context, DEFAULT_SETTINGS).tables[0].kind).toBe("context");
  });

  test("a schools table and a plan one under another are two tables, each with its own title", () => {
    const sheet = grid("Всё", [
      ["Список ООНОР"],
      ["Наименование ОО", "Муниципалитет", "Куратор"],
      ["СОШ № 1", "Район", "Иванова"],
      [],
      ["План мероприятий на 2021 год"],
      ["№", "Мероприятие", "Срок", "Ответственный"],
      [1, "Семинар", "март 2021", "ИРО"],
    ]);
    const { tables } = findTables(sheet, DEFAULT_SETTINGS);
    expect(tables.map((t) => [t.kind, t.title, t.rows.length])).toEqual([
      ["schools", "Список ООНОР", 1],
      ["plan", "План мероприятий на 2021 год", 1],
    ]);
  });
});

describe("no table", () => {
  test("a sheet without a header says what was expected and what was seen", () => {
    const sheet = grid("Лист1", [
      ["Мероприятие", "Когда"],
      ["Семинар", "март"],
    ]);
    const { tables, problems } = findTables(sheet, DEFAULT_SETTINGS);
    expect(tables).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ sheet: "Лист1", row: 0, col: 0, severity: "warning" });
    expect(problems[0].message).toContain(
      "на листе «Лист1» таблица не найдена: нет строки заголовка с колонками «Наименование ОО» и «Муниципалитет» (школы) или «Мероприятие» и «Сроки» (план)",
    );
    expect(problems[0].message).toContain("«Мероприятие» (A1");
  });

  const cell: fc.Arbitrary<Cell> = fc.oneof(
    fc.constant(null),
    fc.boolean(),
    fc.double({ noNaN: false }),
    fc.integer({ min: -5, max: 50000 }),
    fc.string({ maxLength: 12 }),
    fc.constantFrom(
      "Наименование ОО",
      "Муниципалитет",
      "Мероприятие",
      "Сроки",
      "РФ3",
      "Рисковые факторы",
      "Итого",
      "1",
      "высокий",
      "2. Действия",
      "№ п/п",
      "",
    ),
  );

  test("any 2-D array of cells gives tables or a clear «таблица не найдена», never an exception", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 12 }),
        fc.array(fc.record({ top: fc.nat(12), left: fc.nat(8), h: fc.nat(2), w: fc.nat(4) }), { maxLength: 3 }),
        (rows, ms) => {
          const merges = ms.map((m) => ({ top: m.top, left: m.left, bottom: m.top + m.h, right: m.left + m.w }));
          const { tables, problems } = findTables(grid("Случайный", rows, merges), DEFAULT_SETTINGS);
          if (tables.length === 0 && rows.length > 0)
            expect(problems.some((p) => p.message.includes("таблица не найдена"))).toBe(true);
          for (const t of tables)
            for (const r of t.rows) expect(r.cells).toHaveLength(t.range.right - t.range.left + 1);
        },
      ),
      { numRuns: 500 },
    );
  });
});

/**
 * Work done, counted rather than timed (timing belongs in `npm run bench`): every read of a row or a cell of the
 * sheet, through proxies. Deterministic, so a 2-core machine under load gives the same figure.
 */
function countingRows(rows: Cell[][]): { rows: Cell[][]; reads: () => number } {
  let reads = 0;
  const counted = <T extends object>(target: T): T =>
    new Proxy(target, {
      get(obj, key, receiver) {
        if (typeof key === "string" && /^\d+$/.test(key)) reads++;
        return Reflect.get(obj, key, receiver) as unknown;
      },
    });
  return { rows: counted(rows.map((row) => counted(row))), reads: () => reads };
}

describe("size", () => {
  test("40,000 rows × 20 columns: all read, with at most 4 × (+10 %) the cell reads of 10,000 rows", () => {
    const small = countingRows(schoolsTableRows(10_000));
    const big = countingRows(schoolsTableRows(40_000));
    expect(findTables(grid("Малый", small.rows), DEFAULT_SETTINGS).tables[0].rows).toHaveLength(10_000);
    const { tables } = findTables(grid("Большой", big.rows), DEFAULT_SETTINGS);
    expect(tables[0].rows).toHaveLength(40_000);
    expect(big.reads()).toBeGreaterThan(40_000 * 20);
    expect(big.reads() / small.reads()).toBeLessThan(4.4);
  });
});

test("a 40,000 × 20 sheet of random values: «таблица не найдена», with 4 × (+10 %) the cell reads of 10,000 rows", () => {
  let seed = 7;
  const next = (): number => (seed = (seed * 48271) % 2147483647) / 2147483647;
  const words = ["школа", "район", "план", "срок", "выполнено", "МОУО", "Куратор", "итог", "ОО"];
  const rows: Cell[][] = Array.from({ length: 40_000 }, () =>
    Array.from({ length: 20 }, (): Cell => {
      const x = next();
      return x < 0.3
        ? null
        : x < 0.6
          ? Math.floor(next() * 1000)
          : `${words[Math.floor(next() * words.length)]} ${Math.floor(next() * 100000)}`;
    }),
  );
  const small = countingRows(rows.slice(0, 10_000));
  findTables(grid("Шум", small.rows), DEFAULT_SETTINGS);
  const big = countingRows(rows);
  const { tables, problems } = findTables(grid("Шум", big.rows), DEFAULT_SETTINGS);
  expect(tables).toEqual([]);
  expect(problems.map((p) => p.message)).toEqual([expect.stringContaining("на листе «Шум» таблица не найдена")]);
  expect(big.reads() / small.reads()).toBeLessThan(4.4);
});
