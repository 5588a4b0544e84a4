/**
 * Compiles bin/shnor's code into build/ (tsc -p tsconfig.cli.json, as `npm run build:cli`) for the tests that run the
 * command line or the demo generator, which takes its calendar from the compiled core. tsc emits even when a file
 * elsewhere has a type error, and the typecheck step reports those, so its exit code is not this step's concern.
 */
import { execFileSync } from "child_process";
import { join, resolve } from "path";

const ROOT = resolve(__dirname, "..", "..");

export function buildCli(): void {
  try {
    execFileSync(
      process.execPath,
      [join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", join(ROOT, "tsconfig.cli.json")],
      { stdio: "pipe" },
    );
  } catch {
    // emitted all the same
  }
}
