/**
 * Nothing leaves the machine (issue 8): the BUILT task pane page carries a Content-Security-Policy that lets
 * scripts come only from the add-in's origin and the office.js host, and lets the page connect nowhere else;
 * the self-hosted build (`--env selfHostOfficeJs`) allows its own origin only. Needs `npm run build` first
 * (scripts/test.sh builds, then runs this).
 */
import * as fs from "fs";
import * as path from "path";
import { distFile } from "../functions/loadBundle";

const OFFICE_HOST = "https://appsforoffice.microsoft.com";

/** Directive → sources, from a policy string. */
function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy
    .split(";")
    .map((p) => p.trim())
    .filter(Boolean)) {
    const [name, ...sources] = part.split(/\s+/);
    directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

function policyOfPage(html: string): string {
  const metas = [
    ...html.matchAll(/<meta\s+http-equiv=["']?Content-Security-Policy["']?\s+content=("([^"]*)"|'([^']*)')/gi),
  ];
  expect(metas).toHaveLength(1);
  return metas[0][2] ?? metas[0][3];
}

describe("dist/taskpane.html", () => {
  let html: string;
  let policy: Map<string, string[]>;
  beforeAll(() => {
    html = fs.readFileSync(distFile("taskpane.html"), "utf8");
    policy = parsePolicy(policyOfPage(html));
  });

  test("the policy comes before every script: a <meta> policy governs only what follows it", () => {
    const metaAt = html.search(/http-equiv=["']?Content-Security-Policy/i);
    const firstScript = html.search(/<script/i);
    expect(metaAt).toBeGreaterThan(0);
    expect(metaAt).toBeLessThan(firstScript);
  });

  test("scripts only from the add-in's origin and the office.js host; no eval, no inline script", () => {
    expect(policy.get("default-src")).toEqual(["'self'"]);
    expect(policy.get("script-src")).toEqual(["'self'", OFFICE_HOST]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'self'"]);
  });

  test("fetch, XHR and WebSocket only to the add-in's origin (Office speaks to Excel by postMessage or a native bridge)", () => {
    expect(policy.get("connect-src")).toEqual(["'self'"]);
    expect(policy.get("form-action")).toEqual(["'none'"]);
  });

  test("styles: own origin plus inline, which Fluent UI's runtime style insertion needs; images own or data:", () => {
    expect(policy.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
    expect(policy.get("img-src")).toEqual(["'self'", "data:"]);
  });

  test("every directive names only 'self', the office.js host or keywords: no wildcard, no other host", () => {
    const allowed = new Set(["'self'", "'none'", "'unsafe-inline'", "data:", OFFICE_HOST]);
    for (const [name, sources] of policy) {
      for (const source of sources)
        expect(`${name} ${source}`).toBe(`${name} ${allowed.has(source) ? source : "(запрещено)"}`);
    }
  });

  test("every script the page loads is allowed by its policy", () => {
    const scripts = [...html.matchAll(/<script[^>]*\ssrc=["']?([^"'\s>]+)/gi)].map((m) => m[1]);
    expect(scripts).toEqual(expect.arrayContaining(["functions.js", "commands.js", "taskpane.js"]));
    for (const src of scripts) {
      const absolute = /^https?:/.test(src);
      if (absolute) expect(new URL(src).origin).toBe(OFFICE_HOST);
      else expect(fs.existsSync(path.join(path.dirname(distFile("taskpane.html")), src))).toBe(true);
    }
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>\s*\S/i); // no inline script body
  });
});

describe("dist/report.html (issue 16)", () => {
  let html: string;
  let policy: Map<string, string[]>;
  beforeAll(() => {
    html = fs.readFileSync(distFile("report.html"), "utf8");
    policy = parsePolicy(policyOfPage(html));
  });

  test("own origin only: no eval, no other host; workers from the origin; the policy before every script", () => {
    expect(policy.get("default-src")).toEqual(["'self'"]);
    expect(policy.get("script-src")).toEqual(["'self'"]);
    expect(policy.get("connect-src")).toEqual(["'self'"]);
    expect(policy.get("worker-src")).toEqual(["'self'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("form-action")).toEqual(["'none'"]);
    const allowed = new Set(["'self'", "'none'", "'unsafe-inline'", "data:"]);
    for (const [name, sources] of policy)
      for (const source of sources)
        expect(`${name} ${source}`).toBe(`${name} ${allowed.has(source) ? source : "(запрещено)"}`);
    expect(html.search(/http-equiv=["']?Content-Security-Policy/i)).toBeLessThan(html.search(/<script/i));
  });

  test("its scripts are its own files, none inline; the worker bundle names no eval-like call that runs", () => {
    const scripts = [...html.matchAll(/<script[^>]*\ssrc=["']?([^"'\s>]+)/gi)].map((m) => m[1]);
    expect(scripts).toEqual(["report.js"]);
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>\s*\S/i);
    const worker = fs.readFileSync(distFile("report-worker.js"), "utf8");
    // ExcelJS's prebuilt file sets up regenerator-runtime with Function(): bundled from its sources, it is absent.
    expect(worker).not.toContain("regeneratorRuntime");
  });
});

describe("webpack.config.js policy per build", () => {
  interface HtmlPluginLike {
    userOptions?: { filename?: string; templateParameters?: { contentSecurityPolicy?: string; officeJsUrl?: string } };
  }
  async function pagePolicy(
    env: Record<string, unknown>,
    mode: string,
  ): Promise<{ policy: Map<string, string[]>; officeJsUrl: string }> {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const build = require("../../webpack.config.js") as (
      env: object,
      argv: object,
    ) => Promise<{ plugins: HtmlPluginLike[] }>;
    const config = await build({ url: "https://shnor.test.invalid/addin/", ...env }, { mode });
    const page = config.plugins.find((p) => p.userOptions?.filename === "taskpane.html");
    const parameters = page!.userOptions!.templateParameters!;
    return { policy: parsePolicy(parameters.contentSecurityPolicy!), officeJsUrl: parameters.officeJsUrl! };
  }

  test("--env selfHostOfficeJs: own origin only, office.js served from it", async () => {
    const { policy, officeJsUrl } = await pagePolicy({ selfHostOfficeJs: true }, "production");
    expect(policy.get("script-src")).toEqual(["'self'"]);
    expect(policy.get("connect-src")).toEqual(["'self'"]);
    expect(officeJsUrl).not.toMatch(/^https?:/);
  });

  test("CDN build: the office.js host is the origin of the office.js the page loads", async () => {
    const { policy, officeJsUrl } = await pagePolicy({}, "production");
    expect(policy.get("script-src")).toEqual(["'self'", new URL(officeJsUrl).origin]);
  });

  test("development adds only 'unsafe-eval' (eval-source-map); production never has it", async () => {
    const { policy } = await pagePolicy({}, "development");
    expect(policy.get("script-src")).toEqual(["'self'", OFFICE_HOST, "'unsafe-eval'"]);
    expect(policy.get("connect-src")).toEqual(["'self'"]);
  });
});
