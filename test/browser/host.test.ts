/** Whether the pane runs inside Excel: every way of being outside ends in «outside», never in a blank wait. */
import { detectHost, HOST_TIMEOUT_MS } from "../../src/taskpane/host";

type OnReady = Parameters<typeof detectHost>[0];
const office = (onReady: () => Promise<unknown>) => ({ onReady }) as unknown as OnReady;

test("Excel answers: excel", async () => {
  await expect(detectHost(office(() => Promise.resolve({ host: "Excel", platform: "PC" })))).resolves.toBe("excel");
});

test("office.js unreachable (no Office global): outside at once", async () => {
  await expect(detectHost(undefined)).resolves.toBe("outside");
});

test("a plain browser (no host) or another host: outside", async () => {
  await expect(detectHost(office(() => Promise.resolve({ host: null, platform: null })))).resolves.toBe("outside");
  await expect(detectHost(office(() => Promise.resolve({ host: "Word", platform: "PC" })))).resolves.toBe("outside");
  await expect(detectHost(office(() => Promise.reject(new Error("no host"))))).resolves.toBe("outside");
});

test("Office.onReady never answering: outside after the timeout, not before", async () => {
  jest.useFakeTimers();
  try {
    let state = "waiting";
    void detectHost(office(() => new Promise(() => undefined))).then((s) => (state = s));
    await jest.advanceTimersByTimeAsync(HOST_TIMEOUT_MS - 1);
    expect(state).toBe("waiting");
    await jest.advanceTimersByTimeAsync(1);
    expect(state).toBe("outside");
  } finally {
    jest.useRealTimers();
  }
});
