/**
 * A thrown value as words for the user, in every door (pane, command line, report page, Office calls): an Error's
 * message (Office's errors carry their own), a thrown string itself; a value that says nothing is «Неизвестная ошибка».
 */
export function errorText(error: unknown): string {
  const message = error instanceof Error ? error.message : typeof error === "string" ? error : "";
  return message.trim() === "" ? "Неизвестная ошибка" : message;
}
