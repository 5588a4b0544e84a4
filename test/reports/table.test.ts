/** Columns that carry their values (src/reports/table.ts): a column left out moves the others and their colours. */
import { columnIndex, table, type Column } from "../../src/reports/table";

interface Item {
  number: string;
  plan: string;
  status: string;
}

const items: Item[] = [
  { number: "1", plan: "Дорожная карта", status: "Выполнено" },
  { number: "2", plan: "Комплекс мер", status: "Просрочено" },
];

const columns = (several: boolean): (Column<Item> | false)[] => [
  { header: "№", format: "text", width: 6, value: (i) => i.number },
  several && { header: "План", format: "text", width: 28, wrap: true, value: (i) => i.plan },
  {
    header: "Статус",
    format: "text",
    width: 18,
    value: (i) => i.status,
    highlight: (i) => (i.status === "Просрочено" ? { fill: "#FFC7CE", bold: true } : undefined),
  },
];

describe("table", () => {
  test("rows in the columns' order; a left-out column is no cell and its neighbours' colours follow them", () => {
    const one = table(items, columns(false));
    expect(one.columns).toEqual([
      { header: "№", format: "text", width: 6 },
      { header: "Статус", format: "text", width: 18 },
    ]);
    expect(one.rows).toEqual([
      ["1", "Выполнено"],
      ["2", "Просрочено"],
    ]);
    expect(one.highlights).toEqual([{ row: 1, col: 1, fill: "#FFC7CE", bold: true }]);
    const several = table(items, columns(true), {
      caption: "Пункты",
      rowHighlight: (i) => (i.number === "1" ? { bold: true } : undefined),
    });
    expect(several.caption).toBe("Пункты");
    expect(several.rows[1]).toEqual(["2", "Комплекс мер", "Просрочено"]);
    expect(several.highlights).toEqual([
      { row: 0, bold: true },
      { row: 1, col: 2, fill: "#FFC7CE", bold: true },
    ]);
    expect(columnIndex(several, "Статус")).toBe(2);
  });

  test("a header the table lacks is refused with the headers it has", () => {
    expect(() => columnIndex(table(items, columns(false)), "План")).toThrow("нет столбца «План»: есть «№», «Статус»");
  });
});
