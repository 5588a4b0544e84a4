/**
 * `npm run bench` (issue 8): the figures behind «Надёжность и безопасность», printed, never asserted.
 *   1. a national workbook — 40 000 schools (10 risk factors, curators, yes/no columns) and a 2 000-item plan —
 *      loaded and saved by ExcelJS alone, then `shnor report` on it: both times, their ratio (target ≤ 1.5) and
 *      peak memory; each in a fresh child process, best of two alternating rounds;
 *   2. every custom function of the built bundle on a 10 000-row range, and the table finder on 10 000 / 40 000 rows;
 *   3. the deadline parser against chrono-node (bench/deadlines.bench.ts); the quarterly round's forms for 85
 *      municipalities × 40 items × 40 000 schools, made and consolidated (bench/forms.bench.ts);
 *   4. gzip sizes of dist/functions.js and of the task pane's initial load;
 *   5. `npm audit --omit=dev` (needs the registry: a failure is said and the bench goes on);
 *   6. the report page (report.html) on the same workbook in headless Chromium: its time and the tab's peak memory;
 *   7. «Все отчёты» through the Р7-Офис / ONLYOFFICE door in the real engine, 2 000 and 40 000 schools (bench/r7.bench.ts).
 * Everything it builds goes to build/bench/ (the add-in into build/bench/dist, so a shared dist/ is left alone).
 *   npm run bench              everything
 *   npm run bench -- --quick   4 000 schools and 200 plan items, one round (a smoke run)
 *   npm run bench -- --only r7 one part alone (its name in PARTS below), without building the add-in
 */
import { execFileSync, spawnSync } from "child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from "fs";
import { join, resolve } from "path";
import { gzipSync } from "zlib";

const ROOT = resolve(__dirname, "..", "..", "..");
const OUT = join(ROOT, "build", "bench");
const DIST = join(OUT, "dist");
const THIS = __filename;
const BENCH_URL = "https://shnor.bench.invalid/addin/";

interface ChildFigures {
  seconds: number;
  /** Peak resident memory of the child process, MB. */
  peakMb: number;
}

// ---- child side: one measured task per process, so peak memory is the task's own ----

async function child(task: string, input: string, output: string): Promise<void> {
  const started = process.hrtime.bigint();
  if (task === "exceljs") {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const ExcelJS = require("exceljs") as typeof import("exceljs");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(input);
    await workbook.xlsx.writeFile(output);
  } else {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const cli = require(join(ROOT, "build", "cli", "cli", "main.js")) as typeof import("../src/cli/main");
    const errors: string[] = [];
    const code = await cli.main(["report", input, "--out", output, "--as-of", "15.06.2021"], {
      out: () => undefined,
      err: (l) => errors.push(l),
    });
    if (code !== 0) throw new Error(`shnor report: код ${code}\n${errors.slice(-5).join("\n")}`);
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const figures: ChildFigures = { seconds, peakMb: process.resourceUsage().maxRSS / 1024 };
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

function measure(task: "exceljs" | "shnor", input: string): ChildFigures {
  const output = join(OUT, `${task}-out.xlsx`);
  const run = spawnSync(process.execPath, [THIS, "--child", task, input, output], {
    encoding: "utf8",
    maxBuffer: 1 << 26,
  });
  if (run.status !== 0) throw new Error(`${task}: ${run.stderr}`);
  return JSON.parse(run.stdout.trim().split("\n").pop()!) as ChildFigures;
}

// ---- parent side ----

const seconds = (s: number) => `${s.toFixed(1)} с`;
const mb = (m: number) => `${Math.round(m)} МБ`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} КБ`;

function heading(text: string): void {
  console.log(`\n=== ${text} ===`);
}

function build(): void {
  heading("Сборка");
  execFileSync(
    process.execPath,
    [join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", join(ROOT, "tsconfig.cli.json")],
    { cwd: ROOT, stdio: "inherit" },
  );
  execFileSync(
    process.execPath,
    [
      join(ROOT, "node_modules", "webpack-cli", "bin", "cli.js"),
      "--mode",
      "production",
      "--env",
      `url=${BENCH_URL}`,
      "--output-path",
      DIST,
    ],
    {
      cwd: ROOT,
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
  console.log(`командная строка: build/cli; надстройка: ${DIST}`);
}

/** The workbook is written first (scale): the page reads the same one. */
async function reportPage(schools: number): Promise<void> {
  heading(`Страница отчётов (report.html) в Chromium: ${schools.toLocaleString("ru-RU")} школ`);
  const input = join(OUT, `region-${schools}.xlsx`);
  try {
    const { measurePage } = await import("./pageMemory");
    const figures = await measurePage(DIST, input, "2021-06-15");
    console.log(`построено за ${seconds(figures.seconds)}: ${figures.outcome}`);
    console.log(`пик памяти вкладки: ${mb(figures.peakMb)} (цель < 1024 МБ)`);
    for (const [phase, peak] of figures.byPhase) if (phase !== "") console.log(`  ${phase}: ${mb(peak)}`);
  } catch (error) {
    console.log(`страница не измерена: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
  }
}

function scale(schools: number, planItems: number, rounds: number): void {
  heading(`Масштаб: ${schools.toLocaleString("ru-RU")} школ, план из ${planItems.toLocaleString("ru-RU")} пунктов`);
  const input = join(OUT, `region-${schools}.xlsx`);
  execFileSync(
    process.execPath,
    [
      join(ROOT, "scripts", "demo", "generate.js"),
      "--schools",
      String(schools),
      "--plan-items",
      String(planItems),
      "--out",
      input,
    ],
    {
      cwd: ROOT,
      stdio: "ignore",
    },
  );
  console.log(`книга: ${input} (${(statSync(input).size / 1024 / 1024).toFixed(1)} МБ)`);
  const best: Record<"exceljs" | "shnor", ChildFigures | null> = { exceljs: null, shnor: null };
  for (let round = 1; round <= rounds; round++) {
    for (const task of ["exceljs", "shnor"] as const) {
      const figures = measure(task, input);
      console.log(
        `  круг ${round}, ${task === "exceljs" ? "ExcelJS: открыть и сохранить" : "shnor report"}: ${seconds(figures.seconds)}, пик памяти ${mb(figures.peakMb)}`,
      );
      const previous = best[task];
      if (!previous || figures.seconds < previous.seconds)
        best[task] = { seconds: figures.seconds, peakMb: Math.max(figures.peakMb, previous?.peakMb ?? 0) };
      else previous.peakMb = Math.max(previous.peakMb, figures.peakMb);
    }
  }
  const baseline = best.exceljs!;
  const report = best.shnor!;
  console.log(
    `ExcelJS, открыть и сохранить: ${seconds(baseline.seconds)} (лучший из ${rounds}), пик памяти ${mb(baseline.peakMb)}`,
  );
  console.log(
    `shnor report:                 ${seconds(report.seconds)} (лучший из ${rounds}), пик памяти ${mb(report.peakMb)}`,
  );
  console.log(`отношение: ${(report.seconds / baseline.seconds).toFixed(2)} (цель ≤ 1,5)`);
}

/** Realistic arguments of each function for 10 000 rows: `calls` argument lists, or one call on 10 000-row ranges. */
function functionWorkloads(rows: number): Record<string, { what: string; calls: unknown[][] }> {
  const levels = ["высокий", "средний", "низкий", "", "В", "С", "Н", "+", "-", null];
  const profile = (i: number) => [Array.from({ length: 10 }, (_, f) => levels[(i * 7 + f * 3) % levels.length])];
  const deadlines = [
    "до 01.06.2021",
    "март-апрель 2021",
    "ежеквартально",
    "в течение года",
    "I квартал 2021 года",
    "не позднее 10 декабря 2021 г.",
    "сентябрь 2021",
    44362,
  ];
  const marks = ["да", "выполнено", "", "нет", "проведено 25.05.2021", null];
  const column = <T>(make: (i: number) => T) => Array.from({ length: rows }, (_, i) => [make(i)]);
  const perRow = (make: (i: number) => unknown[]) => Array.from({ length: rows }, (_, i) => make(i));
  const headers = [["ВПР-2021 рус 5", "ВПР-2021 мат 5", "ВПР-2022 рус 5", "ВПР-2022 мат 5"]];
  const one = "1 вызов на диапазоне";
  const each = "вызов на каждую строку";
  return {
    RISKGROUPS: { what: each, calls: perRow((i) => [profile(i), null]) },
    RISKCOUNT: { what: each, calls: perRow((i) => [profile(i), "средний"]) },
    INGROUP: { what: each, calls: perRow((i) => [profile(i), (i % 10) + 1]) },
    RISKSUMMARY: { what: one, calls: [[perRow((i) => profile(i)[0]), column((i) => `МР № ${i % 40}`)]] },
    MANDATORY: {
      what: one,
      calls: [[[["1, 3, 6"]], column((i) => i + 1), column((i) => ["все", "1, 3", "2-4, 9", "", "6"][i % 5])]],
    },
    SHARE: { what: one, calls: [[column((i) => marks[i % marks.length]), "да", column((i) => `ОО ${i}`)]] },
    TREND: { what: each, calls: perRow((i) => [i % 40, (i * 3) % 40, i % 2 ? "меньше" : null]) },
    DEADLINESTART: { what: each, calls: perRow((i) => [deadlines[i % deadlines.length], "2021"]) },
    DEADLINEEND: { what: each, calls: perRow((i) => [deadlines[i % deadlines.length], "2021"]) },
    NEXTCONTROL: { what: each, calls: perRow((i) => [deadlines[i % deadlines.length], 44362, "2021"]) },
    PLANSTATUS: {
      what: each,
      calls: perRow((i) => [deadlines[i % deadlines.length], marks[i % marks.length], null, 44362, "2021"]),
    },
    OVERDUE: {
      what: each,
      calls: perRow((i) => [deadlines[i % deadlines.length], marks[i % marks.length], 44362, "2021"]),
    },
    REPORTDUE: { what: each, calls: perRow((i) => [44197 + (i % 730)]) },
    LOWRESULT: {
      what: each,
      calls: perRow((i) => [[[i % 50, (i * 7) % 50, (i * 3) % 50, (i * 11) % 50]], headers, null]),
    },
  };
}

async function customFunctions(rows: number): Promise<void> {
  heading(`Пользовательские функции на ${rows.toLocaleString("ru-RU")} строках (собранный dist/functions.js)`);
  process.env.SHNOR_DIST = DIST;
  const { loadFunctionsBundle, StubCustomFunctionsError } = await import("../test/functions/loadBundle");
  const registered = loadFunctionsBundle();
  const workloads = functionWorkloads(rows);
  for (const [id, fn] of registered) {
    const workload = workloads[id];
    if (!workload) {
      console.log(`  ${id.padEnd(14)} нет нагрузки в bench/run.ts: добавьте её`);
      continue;
    }
    let errors = 0;
    const started = process.hrtime.bigint();
    for (const args of workload.calls) {
      try {
        fn(...args);
      } catch (error) {
        if (!(error instanceof StubCustomFunctionsError)) throw error;
        errors++;
      }
    }
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    const note = errors > 0 ? `, из них #ЗНАЧ!/#Н/Д: ${errors}` : "";
    console.log(
      `  ${id.padEnd(14)} ${ms.toFixed(0).padStart(6)} мс  (${workload.what}: ${workload.calls.length.toLocaleString("ru-RU")}${note})`,
    );
  }
}

/** Time of the table finder on a schools sheet of 10 000 and 40 000 rows × 20 columns (the tests count reads instead). */
async function findTablesBench(): Promise<void> {
  heading("Поиск таблиц: лист школ 10 000 и 40 000 строк × 20 столбцов");
  const { findTables } = await import("../src/core/tables/findTables");
  const { DEFAULT_SETTINGS } = await import("../src/core/settings");
  const { schoolsTableRows } = await import("../test/helpers/schoolsTable");
  const sheet = (count: number) => ({
    name: "Школы",
    cells: schoolsTableRows(count),
    origin: { row: 0, col: 0 },
    merges: [],
  });
  const timed = (count: number): number => {
    const grid = sheet(count);
    const started = process.hrtime.bigint();
    findTables(grid, DEFAULT_SETTINGS);
    return Number(process.hrtime.bigint() - started) / 1e6;
  };
  timed(2_000); // JIT warm-up
  const [small, big] = [timed(10_000), timed(40_000)];
  console.log(
    `10 000 строк: ${Math.round(small)} мс; 40 000 строк: ${Math.round(big)} мс; отношение ${(big / small).toFixed(2)} (линейный рост — около 4)`,
  );
}

function deadlineBench(): void {
  heading("Разбор сроков: наш разбор и chrono-node");
  const run = spawnSync(process.execPath, [join(OUT, "bench", "deadlines.bench.js")], { cwd: ROOT, stdio: "inherit" });
  if (run.status !== 0) console.log("бенчмарк сроков завершился с ошибкой");
}

function formsBench(quick: boolean): void {
  heading(
    `Квартальный круг: формы ${quick ? "10" : "85"} муниципалитетов × 40 пунктов × ${quick ? "4 000" : "40 000"} школ и их свод`,
  );
  const run = spawnSync(process.execPath, [join(OUT, "bench", "forms.bench.js"), ...(quick ? ["--quick"] : [])], {
    cwd: ROOT,
    stdio: "inherit",
  });
  if (run.status !== 0) console.log("бенчмарк квартального круга завершился с ошибкой");
}

function bundleSizes(): void {
  heading("Размер (gzip)");
  const gz = (file: string) => gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;
  console.log(`functions.js: ${kb(gz("functions.js"))} (без сжатия ${kb(statSync(join(DIST, "functions.js")).size)})`);
  const html = readFileSync(join(DIST, "taskpane.html"), "utf8");
  const scripts = [...html.matchAll(/<script[^>]*\ssrc=["']?([^"'\s>]+)/g)].map((m) => m[1]);
  const local = scripts.filter((s) => !/^https?:/.test(s));
  const total = gz("taskpane.html") + local.reduce((sum, s) => sum + gz(s), 0);
  console.log(`первая загрузка панели (taskpane.html + ${local.join(" + ")}): ${kb(total)}`);
  const external = scripts.filter((s) => /^https?:/.test(s));
  if (external.length > 0)
    console.log(`  не считая ${external.join(", ")} (грузится с CDN Microsoft и кэшируется Office)`);
}

function audit(): void {
  heading("npm audit --omit=dev");
  const run = spawnSync(process.platform === "win32" ? "npm.cmd" : "npm", ["audit", "--omit=dev", "--json"], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 120_000,
  });
  try {
    const report = JSON.parse(run.stdout) as {
      metadata?: { vulnerabilities: Record<string, number>; dependencies?: { prod?: number } };
      error?: { summary?: string };
      message?: string;
    };
    if (!report.metadata) throw new Error(report.error?.summary || report.message || "нет сводки");
    const v = report.metadata.vulnerabilities;
    console.log(
      `уязвимостей: всего ${v.total} (критических ${v.critical}, высоких ${v.high}, средних ${v.moderate}, низких ${v.low}); пакетов в поставке: ${report.metadata.dependencies?.prod ?? "?"}`,
    );
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    console.log(
      `npm audit не выполнен (нужен доступ к реестру npm): ${why.split("\n")[0]}${run.error ? `; ${run.error.message}` : ""}`,
    );
  }
}

function r7Bench(): void {
  heading("«Все отчёты» через дверь Р7-Офис / ONLYOFFICE в движке ONLYOFFICE: 2 000 и 40 000 школ");
  // the command line's code: the region's generator takes its calendar from build/cli
  execFileSync(
    process.execPath,
    [join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", join(ROOT, "tsconfig.cli.json")],
    { cwd: ROOT, stdio: "inherit" },
  );
  // the engine keeps every styled cell of 40 000 rows in one Node heap
  const run = spawnSync(process.execPath, ["--max-old-space-size=8192", join(OUT, "bench", "r7.bench.js")], {
    cwd: ROOT,
    stdio: "inherit",
  });
  if (run.status !== 0) console.log("бенчмарк двери Р7-Офис завершился с ошибкой");
}

/** Parts that run alone with `--only <name>`. */
const PARTS: Record<string, () => void | Promise<void>> = { r7: r7Bench };

async function bench(): Promise<void> {
  const quick = process.argv.includes("--quick");
  mkdirSync(OUT, { recursive: true });
  const onlyAt = process.argv.indexOf("--only");
  if (onlyAt >= 0) {
    const part = PARTS[process.argv[onlyAt + 1]];
    if (!part)
      throw new Error(`--only: части «${process.argv[onlyAt + 1] ?? ""}» нет; есть: ${Object.keys(PARTS).join(", ")}`);
    await part();
    return;
  }
  if (!process.argv.includes("--no-build")) build();
  if (!existsSync(join(DIST, "functions.js"))) throw new Error(`${DIST}/functions.js нет: запустите без --no-build`);
  scale(quick ? 4000 : 40000, quick ? 200 : 2000, quick ? 1 : 2);
  await reportPage(quick ? 4000 : 40000);
  await customFunctions(10_000);
  await findTablesBench();
  deadlineBench();
  formsBench(quick);
  r7Bench();
  bundleSizes();
  audit();
  rmSync(join(OUT, "exceljs-out.xlsx"), { force: true });
  rmSync(join(OUT, "shnor-out.xlsx"), { force: true });
}

const childAt = process.argv.indexOf("--child");
const done =
  childAt >= 0 ? child(process.argv[childAt + 1], process.argv[childAt + 2], process.argv[childAt + 3]) : bench();
done.catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exitCode = 1;
});
