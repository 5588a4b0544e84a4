/**
 * Spreadsheet applications nobody here wrote, for tests that prove a written file opens in them: LibreOffice
 * (soffice, Debian libreoffice-calc) and openpyxl (Debian python3-openpyxl). Without them a test is skipped loudly
 * on a developer's machine and fails under CI=true (.ci/run installs both), as scripts/test.sh does for Chromium.
 */
import { spawnSync } from "child_process";
import { mkdtempSync, readdirSync } from "fs";
import { tmpdir } from "os";
import { basename, join } from "path";

const UNDER_CI = process.env.CI === "true";

/** The jest `describe` for a suite that needs a tool: skipped, and said on stderr, when it is missing — except under CI. */
export function describeWithTool(tool: string | null, what: string, install: string): jest.Describe {
  if (tool !== null || UNDER_CI) return describe;
  process.stderr.write(`!!! ${what} не найден: проверка НЕ выполнена. Установите: ${install}\n`);
  return describe.skip;
}

/** For the suite's beforeAll: the tool, or (only under CI, where the suite is not skipped) a failure saying what is missing. */
export function mustHave(tool: string | null, what: string, install: string): string {
  if (tool === null) throw new Error(`${what} не найден, а под CI=true проверка обязательна: ${install}.`);
  return tool;
}

export function findSoffice(): string | null {
  for (const candidate of ["/usr/bin/soffice", "soffice"]) {
    if (spawnSync(candidate, ["--version"], { encoding: "utf8" }).status === 0) return candidate;
  }
  return null;
}

/** A python3 that imports openpyxl: Debian's first (a pyenv python3 on PATH may lack it). */
export function findPythonWithOpenpyxl(): string | null {
  for (const candidate of ["/usr/bin/python3", "python3"]) {
    if (spawnSync(candidate, ["-c", "import openpyxl"], { encoding: "utf8" }).status === 0) return candidate;
  }
  return null;
}

/**
 * `soffice --headless --convert-to <format>` of one file into a fresh folder; returns the converted file's path.
 * Each call has its own profile folder, so runs in parallel (jest workers, other engineers) never share one.
 */
export function convertWithSoffice(soffice: string, file: string, format: "ods" | "pdf"): string {
  const folder = mkdtempSync(join(tmpdir(), "shnor-soffice-"));
  const profile = `file://${join(folder, "profile")}`;
  const run = spawnSync(
    soffice,
    [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", format, "--outdir", folder, file],
    {
      encoding: "utf8",
      timeout: 180_000,
    },
  );
  const name = `${basename(file).replace(/\.[^.]+$/, "")}.${format}`;
  if (!readdirSync(folder).includes(name))
    throw new Error(`soffice не преобразовал ${file} в ${format}: ${run.stderr || run.stdout}`);
  return join(folder, name);
}
