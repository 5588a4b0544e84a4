/**
 * The ExcelApi floor is honest: every Office.js member the Office door (src/excel) touches is looked up in the
 * Office.js typings (@types/office-js), whose doc comments name its set («[Api set: ExcelApi 1.9]», as the reference
 * on learn.microsoft.com does). Members above the floor must be the gated ones of capabilities.ts, and the floor is
 * no higher than what is used, so neither a dead fallback nor an unchecked newer API can come back unnoticed.
 */
import * as path from "path";
import * as ts from "typescript";
import { MERGED_AREAS_API, REQUIRED_EXCEL_API } from "../../src/excel/capabilities";

const ROOT = path.resolve(__dirname, "../..");
const EXCEL_DOOR = path.join(ROOT, "src/excel");

/** Members used above the floor, each behind its capability check, with the set that check asks for. */
const GATED: Record<string, string> = { getMergedAreasOrNullObject: MERGED_AREAS_API };

const minor = (version: string): number => Number(version.split(".")[1]);

/** member name → highest ExcelApi minor version among its declarations, with the files that use it. */
function excelApiMembers(): Map<string, { version: string; files: Set<string> }> {
  // Only the door's own files and the Office.js typings: imports are not followed (noResolve), which keeps this quick.
  const config = ts.getParsedCommandLineOfConfigFile(
    path.join(ROOT, "tsconfig.json"),
    { types: ["office-js"], noResolve: true },
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, "\n"));
      },
    },
  )!;
  const files = config.fileNames.filter((f) => path.dirname(f) === EXCEL_DOOR);
  const program = ts.createProgram(files, config.options);
  const checker = program.getTypeChecker();
  const members = new Map<string, { version: string; files: Set<string> }>();
  for (const source of program.getSourceFiles().filter((s) => files.includes(s.fileName))) {
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node)) {
        for (const declaration of checker.getSymbolAtLocation(node.name)?.declarations ?? []) {
          if (!declaration.getSourceFile().fileName.includes("@types/office-js")) continue;
          const remarks = ts
            .getJSDocTags(declaration)
            .map((tag) => ts.getTextOfJSDocComment(tag.comment) ?? "")
            .join(" ");
          const set = /\[Api set: ExcelApi (\d+\.\d+)/.exec(remarks)?.[1];
          if (set === undefined) continue;
          const seen = members.get(node.name.text);
          if (!seen || minor(set) > minor(seen.version))
            members.set(node.name.text, { version: set, files: seen?.files ?? new Set() });
          members.get(node.name.text)!.files.add(path.basename(source.fileName));
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return members;
}

let members: Map<string, { version: string; files: Set<string> }>;
beforeAll(() => {
  members = excelApiMembers();
}, 300_000); // parsing the Office.js typings takes seconds, more on a busy machine

test("the reader finds the members the door uses, with their sets", () => {
  expect(members.get("getSelectedRanges")?.version).toBe("1.9");
  expect(members.get("getRangeByIndexes")?.version).toBe("1.7");
  expect(members.get("getMergedAreasOrNullObject")?.files).toEqual(new Set(["readSheets.ts"]));
  expect(members.size).toBeGreaterThan(30);
});

test("nothing above the floor is used except behind its capability check", () => {
  const above = [...members]
    .filter(([, m]) => minor(m.version) > minor(REQUIRED_EXCEL_API))
    .map(([name, m]) => `${name} ${m.version}`);
  expect(above.sort()).toEqual(
    Object.entries(GATED)
      .map(([name, version]) => `${name} ${version}`)
      .sort(),
  );
});

test("the floor is the highest set used without a check, so no fallback below it can be dead code", () => {
  const ungated = [...members].filter(([name]) => !(name in GATED)).map(([, m]) => minor(m.version));
  expect(`1.${Math.max(...ungated)}`).toBe(REQUIRED_EXCEL_API);
});
