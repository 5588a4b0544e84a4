/**
 * The frame both panes share — the Excel task pane and the Р7-Офис panel: the title with «Обновить», the tabs, the
 * reading spinner and the read error, then the selected tab's panel.
 */
import * as React from "react";
import { Button, MessageBar, MessageBarBody, Spinner, Tab, TabList, Title3 } from "@fluentui/react-components";
import { usePaneStyles } from "./paneStyles";
import { STRINGS } from "./strings";

export interface PaneFrameProps<Id extends string> {
  tabs: readonly { id: Id; label: string }[];
  tab: Id;
  onTab: (id: Id) => void;
  reading: boolean;
  /** The spinner's words while the workbook is read (the Р7 panel's progress line), «Чтение книги…» by default. */
  readingLabel?: string;
  readError?: string;
  onRefresh: () => void;
  children: React.ReactNode;
}

export function PaneFrame<Id extends string>(props: PaneFrameProps<Id>): React.JSX.Element {
  const styles = usePaneStyles();
  const { tabs, tab, reading, readError } = props;
  return (
    <main className={styles.root}>
      <div className={styles.header}>
        <Title3 as="h1">{STRINGS.title}</Title3>
        <Button size="small" onClick={props.onRefresh} disabled={reading}>
          {STRINGS.refresh}
        </Button>
      </div>
      <TabList
        className={styles.tabs}
        size="small"
        aria-label={STRINGS.tabsLabel}
        selectedValue={tab}
        onTabSelect={(_, data) => props.onTab(data.value as Id)}
      >
        {tabs.map(({ id, label }) => (
          <Tab key={id} value={id} id={`tab-${id}`} aria-controls={`panel-${id}`}>
            {label}
          </Tab>
        ))}
      </TabList>
      {reading && <Spinner size="tiny" label={props.readingLabel ?? STRINGS.reading} />}
      {readError && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{`${STRINGS.readFailed}: ${readError}`}</MessageBarBody>
        </MessageBar>
      )}
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className={styles.stack}>
        {props.children}
      </div>
    </main>
  );
}
