/** A problem with a file the user named (missing, .xls, not a workbook): its message is shown as is. */
export class InputFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InputFileError";
  }
}
