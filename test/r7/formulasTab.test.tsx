/**
 * src/r7/ui/FormulasTab.tsx rendered on the server side of React (no DOM here; the panel's browser test renders it in
 * Chromium once it is one of the panel's tabs): the functions listed by their Latin names with Russian descriptions,
 * «Разобрать ячейку», and «Вставить значения» only for the table function.
 */
import { renderToString } from "react-dom/server";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { R7_FUNCTIONS, TABLE_FUNCTION } from "../../src/r7/formulas";
import { FormulasTab } from "../../src/r7/ui/FormulasTab";

it("список формул SHNOR_… с описаниями; «Вставить значения» — у одной СВОДКИ_РИСКОВ", () => {
  const html = renderToString(
    <FluentProvider theme={webLightTheme}>
      <FormulasTab call={async () => undefined} register={async () => "library"} />
    </FluentProvider>,
  );
  const text = html.replace(/<!-- -->/g, "").replace(/<[^>]+>/g, "\n");
  for (const fn of R7_FUNCTIONS) {
    expect(text).toContain(fn.name);
    expect(text).toContain(`В Excel: ${fn.excelName}`);
  }
  expect(text).toContain("Подключение формул…");
  expect(text).toContain("Разобрать ячейку");
  expect(html.match(/Вставить значения/g)).toHaveLength(1);
  expect(html.indexOf("Вставить значения")).toBeGreaterThan(html.indexOf(`SHNOR_${TABLE_FUNCTION}`));
});
