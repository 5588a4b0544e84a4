/**
 * No telemetry from the office-addin-* tools (issue 8): `npm install` turns their usage data off, and every copy
 * of office-addin-usage-data installed reports it off and has no transport to send with.
 */
import * as fs from "fs";
import * as path from "path";

const ROOT = path.resolve(__dirname, "../..");

/** Every installed office-addin-usage-data (tools may carry their own older copy). */
function installedCopies(dir = path.join(ROOT, "node_modules"), depth = 0): string[] {
  if (depth > 4 || !fs.existsSync(dir)) return [];
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const full = path.join(dir, entry.name);
    if (entry.name === "office-addin-usage-data") found.push(full);
    else if (entry.name.startsWith("@")) found.push(...installedCopies(full, depth));
    else if (entry.name !== ".bin") found.push(...installedCopies(path.join(full, "node_modules"), depth + 1));
  }
  return found;
}

test("npm install runs `office-addin-usage-data off`", () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
  expect(pkg.scripts.postinstall).toMatch(/^office-addin-usage-data off\b/);
  expect(pkg.devDependencies["office-addin-usage-data"]).toBeDefined();
});

test("every installed office-addin-usage-data reports usage data off, whatever the user's settings file says", () => {
  const copies = installedCopies();
  expect(copies.length).toBeGreaterThan(0);
  for (const copy of copies) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const usage = require(copy) as { readUsageDataLevel(group: string): string; groupName?: string };
    expect([copy, usage.readUsageDataLevel("office-addin-usage-data")]).toEqual([copy, "off"]);
    expect([copy, usage.readUsageDataLevel("office-addin-debugging")]).toEqual([copy, "off"]);
  }
});

test("no usage-data transport is installed (Application Insights was the one these tools used)", () => {
  const modules = path.join(ROOT, "node_modules");
  expect(fs.existsSync(path.join(modules, "applicationinsights"))).toBe(false);
  for (const copy of installedCopies())
    expect(fs.existsSync(path.join(copy, "node_modules", "applicationinsights"))).toBe(false);
});
