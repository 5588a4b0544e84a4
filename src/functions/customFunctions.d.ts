/**
 * The part of Excel's custom-functions runtime (CustomFunctions global) the wrappers use, declared here
 * rather than adding @types/custom-functions-runtime for three names. Values as in the Office docs.
 */
declare namespace CustomFunctions {
  enum ErrorCode {
    invalidValue = "#VALUE!",
    notAvailable = "#N/A",
  }
  class Error {
    constructor(errorCode: ErrorCode, errorMessage?: string);
    code: ErrorCode;
    message?: string;
  }
  function associate(id: string, functionObject: (...args: never[]) => unknown): void;
}
