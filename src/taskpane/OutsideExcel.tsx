/**
 * The pane before it knows it runs in Excel, and outside Excel: there it cannot read a workbook, so it says how to
 * open it in Excel.
 */
import * as React from "react";
import { MessageBar, MessageBarBody, Spinner, Title3 } from "@fluentui/react-components";
import { usePaneStyles } from "./paneStyles";
import { STRINGS } from "./strings";

export function OutsideExcel({ waiting }: { waiting: boolean }): React.JSX.Element {
  const styles = usePaneStyles();
  return (
    <main className={styles.root}>
      <Title3 as="h1">{STRINGS.title}</Title3>
      {waiting ? (
        <Spinner size="small" label={STRINGS.waitingForExcel} />
      ) : (
        <MessageBar intent="warning" role="alert">
          <MessageBarBody>{STRINGS.outsideExcel}</MessageBarBody>
        </MessageBar>
      )}
    </main>
  );
}
