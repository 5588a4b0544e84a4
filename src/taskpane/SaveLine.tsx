/** How the last save of settings to the workbook went, under the fields that save. */
import * as React from "react";
import { Caption1 } from "@fluentui/react-components";
import { STRINGS } from "./strings";
import type { SaveState } from "./useWorkbook";

export function SaveLine({ saveState }: { saveState: SaveState | undefined }): React.JSX.Element | null {
  if (!saveState) return null;
  return (
    <Caption1 role={saveState.state === "failed" ? "alert" : "status"} data-testid="save-state">
      {saveState.state === "saving"
        ? STRINGS.saving
        : saveState.state === "saved"
          ? STRINGS.saved
          : `${STRINGS.saveFailed}: ${saveState.message}`}
    </Caption1>
  );
}
