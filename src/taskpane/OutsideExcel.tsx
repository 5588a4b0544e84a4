/**
 * The pane before it knows it runs in Excel, and outside Excel: there it cannot read a workbook, so it says how to
 * open it in Excel and, for offices without a suitable Excel, where the same reports are built in a browser.
 */
import * as React from "react";
import { Link, MessageBar, MessageBarBody, Spinner, Text, Title3 } from "@fluentui/react-components";
import { usePaneStyles } from "./paneStyles";
import { STRINGS } from "./strings";

/** The report page sits beside taskpane.html in dist/ (webpack.config.js). */
export const REPORT_PAGE = "report.html";

export function OutsideExcel({ waiting }: { waiting: boolean }): React.JSX.Element {
  const styles = usePaneStyles();
  return (
    <main className={styles.root}>
      <Title3 as="h1">{STRINGS.title}</Title3>
      {waiting ? (
        <Spinner size="small" label={STRINGS.waitingForExcel} />
      ) : (
        <>
          <MessageBar intent="warning" role="alert">
            <MessageBarBody>{STRINGS.outsideExcel}</MessageBarBody>
          </MessageBar>
          <Text>
            {STRINGS.withoutExcel} <Link href={REPORT_PAGE}>{STRINGS.reportPage}</Link>.
          </Text>
        </>
      )}
    </main>
  );
}
