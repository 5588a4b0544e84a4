/**
 * Is the pane running inside Excel? office.js may be unreachable (no Office global), or loaded in a plain
 * browser where Office.onReady reports no host, or never answer at all: all three mean «outside».
 */
export type HostState = "waiting" | "excel" | "outside";

/** Long enough for a slow Excel Online start, short enough that a browser user is not left with a blank pane. */
export const HOST_TIMEOUT_MS = 10_000;

type OfficeLike = Pick<typeof Office, "onReady">;

export function detectHost(
  office: OfficeLike | undefined,
  timeoutMs: number = HOST_TIMEOUT_MS,
): Promise<"excel" | "outside"> {
  if (!office || typeof office.onReady !== "function") return Promise.resolve("outside");
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve("outside"), timeoutMs);
    office
      .onReady()
      .then((info) => {
        clearTimeout(timer);
        // Compared as text: Office.HostType is an enum of office.js, absent when a host stub omits it.
        resolve(String(info?.host) === "Excel" ? "excel" : "outside");
      })
      .catch(() => {
        clearTimeout(timer);
        resolve("outside");
      });
  });
}
