/**
 * What the user types into a form, started from what the workbook holds and replaced by it whenever the workbook is
 * read again (a save, a refresh, a finished run): `source` is the part of the last read the form edits.
 */
import * as React from "react";

export function useDraft<S, D>(source: S, draftOf: (source: S) => D): [D, React.Dispatch<React.SetStateAction<D>>] {
  const [draft, setDraft] = React.useState(() => draftOf(source));
  const [draftSource, setDraftSource] = React.useState(source);
  // Adjusted while rendering, as React's «storing information from previous renders» does, not in an effect:
  // the form never shows the old draft beside the new workbook.
  if (draftSource !== source) {
    setDraftSource(source);
    setDraft(draftOf(source));
  }
  return [draft, setDraft];
}
