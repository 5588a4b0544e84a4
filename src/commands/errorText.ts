/** A thrown value as a Russian line for the pane (Office errors carry their own message). */
export function errorText(error: unknown): string {
  const message = error instanceof Error ? error.message : typeof error === "string" ? error : "";
  return message.trim() === "" ? "Неизвестная ошибка при построении отчёта" : message;
}
