/**
 * «Все отчёты» through the Р7-Офис / ONLYOFFICE door in the real ONLYOFFICE engine (sdkjs in Node, ONLYOFFICE_SDKJS),
 * for 2 000 and 40 000 schools of the bench's generated region (scripts/demo/generate.js): the door's commands sent
 * as the plugin SDK sends them — the function's text and Asc.scope as JSON — about CHUNK_ROWS rows each; the time of
 * reading the workbook, of the engine, of writing the sheets, the commands sent and the peak memory. Printed, never
 * asserted. `node build/bench/bench/r7.bench.js [schools…]`; `npm run bench -- --only r7` runs this part alone.
 * Nothing draws here (no canvas): the editor adds its rendering to these figures.
 */
import { execFileSync } from "child_process";
import { readFileSync, statSync } from "fs";
import { join, resolve } from "path";
import { parseIsoDay } from "../src/core/calendar";
import { readXlsx } from "../src/files/readXlsx";
import { CHUNK_ROWS, type CallCommand, runInEditor } from "../src/r7/door";
import { bootEngine, sdkjsFolder, SDKJS_VARIABLE } from "../test/helpers/onlyoffice";
import { typeSheets } from "../test/r7/panelInEngine";

const ROOT = resolve(__dirname, "..", "..", "..");
const OUT = join(ROOT, "build", "bench");
const AS_OF = parseIsoDay("2021-06-15")!;

const seconds = (ns: bigint): string => `${(Number(ns) / 1e9).toFixed(1)} с`;

async function one(schools: number): Promise<void> {
  const planItems = schools >= 40_000 ? 2_000 : 200;
  const input = join(OUT, `r7-region-${schools}.xlsx`);
  execFileSync(
    process.execPath,
    [
      join(ROOT, "scripts", "demo", "generate.js"),
      ...["--schools", String(schools), "--plan-items", String(planItems), "--out", input],
    ],
    { cwd: ROOT, stdio: "ignore" },
  );
  const { grids } = await readXlsx(new Uint8Array(readFileSync(input)), "region.xlsx");
  const rows = grids.reduce((sum, g) => sum + g.cells.length, 0);
  console.log(
    `\n${schools.toLocaleString("ru-RU")} школ, план из ${planItems.toLocaleString("ru-RU")} пунктов: ${grids.length} листов, ${rows.toLocaleString("ru-RU")} строк (${(statSync(input).size / 1024 / 1024).toFixed(1)} МБ)`,
  );
  const engine = bootEngine("ru-RU");
  let started = process.hrtime.bigint();
  // as a file opened in the editor: no undo history for the workbook itself (the run's commands keep theirs)
  engine.window.AscCommon.History.TurnOff();
  typeSheets(engine, grids, ",");
  engine.window.AscCommon.History.TurnOn();
  console.log(`  книга набрана в движок (подготовка, не часть запуска): ${seconds(process.hrtime.bigint() - started)}`);

  const sent: Record<string, { count: number; ns: bigint }> = {};
  const call: CallCommand = async (command, scope) => {
    const before = process.hrtime.bigint();
    const result = engine.run(command.toString(), scope);
    const own = (sent[command.name] ??= { count: 0, ns: 0n });
    own.count++;
    own.ns += process.hrtime.bigint() - before;
    return result;
  };
  // phases as the door reports them: reading until «Построение отчётов…», the engine until the first sheet
  const marks: { phase: string; at: bigint }[] = [];
  const progress = (text: string): void => {
    const phase = text.startsWith("Чтение") ? "чтение" : text.startsWith("Построение") ? "движок" : "запись";
    if (marks.at(-1)?.phase === phase) return;
    marks.push({ phase, at: process.hrtime.bigint() });
    // said at once: a run that exhausts the memory still shows how far it came
    console.log(`    … ${phase} (${Math.round(process.memoryUsage().heapUsed / 1024 / 1024)} МБ в куче)`);
  };
  started = process.hrtime.bigint();
  const outcome = await runInEditor(call, { asOf: AS_OF }, progress);
  const ended = process.hrtime.bigint();
  if (outcome.kind !== "done") throw new Error(`запуск отказан: ${outcome.message}`);
  console.log(`  «Все отчёты»: ${seconds(ended - started)}, листов записано ${outcome.summary.written.length}`);
  marks.forEach((m, i) => console.log(`    ${m.phase}: ${seconds((marks[i + 1]?.at ?? ended) - m.at)}`));
  const total = Object.values(sent).reduce((sum, c) => ({ count: sum.count + c.count, ns: sum.ns + c.ns }), {
    count: 0,
    ns: 0n,
  });
  console.log(`  команд: ${total.count} (по ≤ ${CHUNK_ROWS} строк), в движке ${seconds(total.ns)}:`);
  for (const [name, c] of Object.entries(sent)) console.log(`    ${name}: ${c.count}, ${seconds(c.ns)}`);
  console.log(`  пик памяти процесса: ${Math.round(process.resourceUsage().maxRSS / 1024)} МБ`);
}

async function main(): Promise<void> {
  if (sdkjsFolder() === null) {
    console.log(`!!! ${SDKJS_VARIABLE} не задана или не папка sdkjs: «Все отчёты» в движке ONLYOFFICE НЕ измерены.`);
    return;
  }
  const counts = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0);
  for (const schools of counts.length > 0 ? counts : [2_000, 40_000]) await one(schools);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exitCode = 1;
});
