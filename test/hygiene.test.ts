/**
 * The suite's own hygiene: a clone with nothing beside it runs every test, script and bench (issue 26). No file of
 * test/, scripts/ or bench/ names a path outside the repository: a string naming ../shared or this project's machines
 * (/work/…), a relative import, or a path built from __dirname or ROOT with literal parts, that climbs out of the root.
 * .ci/run proves the same at run time by testing a clone placed alone in an empty folder.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "fs";
import { dirname, join, relative, resolve } from "path";

const ROOT = resolve(__dirname, "..");
const SCANNED = ["test", "scripts", "bench"];
const SOURCE = /\.(ts|tsx|js|mjs|cjs|sh|json)$/;

/** The bench runs compiled (bench/tsconfig.json: outDir build/bench, rootDir ..): its __dirname is build/bench/bench. */
function runsFrom(file: string, root: string): string {
  const path = relative(root, file);
  return path.startsWith(`bench/`) ? dirname(join(root, "build", "bench", path)) : dirname(file);
}

/** What in one file reaches outside `root`; `file` is the file's absolute path. */
export function outsideReaches(text: string, file: string, root: string): string[] {
  const found: string[] = [];
  const outside = (path: string): boolean => relative(root, path).startsWith("..");
  for (const [index, line] of text.split("\n").entries()) {
    const code = line.replace(/^\s*(\/\/|\*|\/\*|#).*$/, ""); // comments may say where a fixture came from
    const at = `${relative(root, file)}:${index + 1}`;
    for (const [named] of code.matchAll(/(?:\.\.\/)+shared\b\S*|(?<![\w.])\/work\/\S*/g))
      found.push(`${at}: «${named}»`);
    for (const [, specifier] of code.matchAll(/(?:from\s+|require\(\s*|import\(\s*)["'](\.{1,2}\/[^"']*)["']/g)) {
      if (outside(resolve(dirname(file), specifier))) found.push(`${at}: import «${specifier}»`);
    }
    for (const [call, base, rest] of code.matchAll(
      /\b(?:join|resolve)\(\s*(__dirname|ROOT)((?:\s*,\s*"[^"]*")*)\s*[,)]/g,
    )) {
      const parts = [...rest.matchAll(/"([^"]*)"/g)].map((m) => m[1]);
      // ROOT, wherever a file defines it, stands for the repository's root (itself checked where it is defined).
      if (outside(resolve(base === "ROOT" ? root : runsFrom(file, root), ...parts)))
        found.push(`${at}: ${call.trim()}`);
    }
  }
  return found;
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return name === "node_modules" ? [] : filesUnder(path);
    return SOURCE.test(name) ? [path] : [];
  });
}

describe("nothing in test/, scripts/ or bench/ reads outside the repository", () => {
  it("no file names ../shared, /work/… or a path that climbs out of the root", () => {
    // This file names the ways out as examples of what the scan finds.
    const files = SCANNED.flatMap((folder) => filesUnder(join(ROOT, folder))).filter((file) => file !== __filename);
    expect(files.length).toBeGreaterThan(100);
    expect(files.flatMap((file) => outsideReaches(readFileSync(file, "utf8"), file, ROOT))).toEqual([]);
  });

  describe("the scan finds each way out", () => {
    const file = join(ROOT, "test", "files", "x.test.ts");
    it.each([
      [
        'const p = join(ROOT, "..", "shared", "samples", "sample-region.xlsx");',
        'join(ROOT, "..", "shared", "samples", "sample-region.xlsx")',
      ],
      [
        'const p = path.resolve(__dirname, "..", "..", "..", "seeds");',
        'resolve(__dirname, "..", "..", "..", "seeds")',
      ],
      ['readFileSync("../shared/domain/SPEC.md");', '«../shared/domain/SPEC.md");»'],
      ["const dir = `/work/shared/samples`;", "«/work/shared/samples`;»"],
      ['import spec from "../../../x/spec.json";', "import «../../../x/spec.json»"],
      ["cp ../shared/samples/* test/fixtures/", "«../shared/samples/*»"],
    ])("%s", (line, expected) => {
      expect(outsideReaches(line, file, ROOT)).toEqual([`test/files/x.test.ts:1: ${expected}`]);
    });
    it("the bench's ROOT, three folders up from build/bench/bench, is the root", () => {
      expect(
        outsideReaches('const ROOT = resolve(__dirname, "..", "..", "..");', join(ROOT, "bench", "run.ts"), ROOT),
      ).toEqual([]);
      expect(
        outsideReaches('const ROOT = resolve(__dirname, "..", "..", "..");', join(ROOT, "test", "run.ts"), ROOT),
      ).toHaveLength(1);
    });
    it("paths inside the repository and comments about a fixture's origin pass", () => {
      const text = [
        "/** Copied from /work/shared/samples. */",
        'const SAMPLE = join(__dirname, "..", "fixtures", "sample-region", "sample-region.xlsx");',
        'import { x } from "../../src/core/cell";',
        'const ROOT = join(__dirname, "..", "..");',
      ].join("\n");
      expect(outsideReaches(text, file, ROOT)).toEqual([]);
    });
  });
});

describe("the documents a clone reads", () => {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  /** README.md and the docs pages it links to. */
  const pages = [
    readme,
    ...[...readme.matchAll(/\]\((docs\/[^)#]+\.md)\)/g)]
      .map(([, page]) => page)
      .filter((page) => existsSync(join(ROOT, page)))
      .map((page) => readFileSync(join(ROOT, page), "utf8")),
  ];

  it("name no file outside the repository", () => {
    expect(pages.flatMap((text) => [...text.matchAll(/(?:\.\.\/)+shared\b\S*/g)].map(([named]) => named))).toEqual([]);
  });

  it("show every picture of docs/pictures (in the README or a docs page it links to)", () => {
    const shown = new Set(
      pages.flatMap((text) => [...text.matchAll(/pictures\/([\w-]+\.png)\)/g)].map(([, name]) => name)),
    );
    expect(readdirSync(join(ROOT, "docs", "pictures")).filter((name) => !shown.has(name))).toEqual([]);
  });

  it("link the domain rules in the project's own words", () => {
    expect(readme).toContain("](docs/domain.md)");
  });
});
