/**
 * The task pane (fits 320 px): outside Excel, how to reach the reports; inside, «Что найдено», «Параметры», «Отчёты»
 * and «Формулы» as tabs over the workbook as last read (useWorkbook) and the next run's choice (useRunChoice).
 */
import * as React from "react";
import { Button, MessageBar, MessageBarBody, Spinner, Tab, TabList, Title3 } from "@fluentui/react-components";
import { pinChoice, type RunEvent } from "../commands/store";
import { FormulasView } from "./FormulasView";
import type { HostState } from "./host";
import { OutsideExcel } from "./OutsideExcel";
import { usePaneStyles } from "./paneStyles";
import { ParamsTab } from "./ParamsTab";
import { RecognitionView } from "./RecognitionView";
import { ReportsTab } from "./ReportsTab";
import { SaveLine } from "./SaveLine";
import { STRINGS } from "./strings";
import { useRunChoice } from "./useRunChoice";
import { useRunEvents } from "./useRunEvents";
import { useWorkbook } from "./useWorkbook";

type TabId = keyof typeof STRINGS.tabs;
const TAB_IDS = Object.keys(STRINGS.tabs) as TabId[];

export function App({ host }: { host: HostState }): React.JSX.Element {
  return host === "excel" ? <Pane /> : <OutsideExcel waiting={host === "waiting"} />;
}

function Pane(): React.JSX.Element {
  const styles = usePaneStyles();
  const [tab, setTab] = React.useState<TabId>("found");
  const workbook = useWorkbook();
  const { view, read } = workbook;
  const runChoice = useRunChoice(pinChoice);
  const onRun = React.useCallback(
    (event: RunEvent) => {
      setTab("reports"); // a ribbon run is followed where its outcome is shown
      if (event.state === "done") void read(); // it may have added report sheets or changed what is available
    },
    [read],
  );
  const lastRun = useRunEvents(onRun);
  return (
    <main className={styles.root}>
      <div className={styles.header}>
        <Title3 as="h1">{STRINGS.title}</Title3>
        <Button size="small" onClick={() => void read()} disabled={workbook.reading}>
          {STRINGS.refresh}
        </Button>
      </div>
      <TabList
        className={styles.tabs}
        size="small"
        aria-label={STRINGS.tabsLabel}
        selectedValue={tab}
        onTabSelect={(_, data) => setTab(data.value as TabId)}
      >
        {TAB_IDS.map((id) => (
          <Tab key={id} value={id} id={`tab-${id}`} aria-controls={`panel-${id}`}>
            {STRINGS.tabs[id]}
          </Tab>
        ))}
      </TabList>
      {workbook.reading && <Spinner size="tiny" label={STRINGS.reading} />}
      {workbook.readError && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{`${STRINGS.readFailed}: ${workbook.readError}`}</MessageBarBody>
        </MessageBar>
      )}
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className={styles.stack}>
        {tab === "found" && view && <RecognitionView view={view} onSave={workbook.save} />}
        {tab === "found" && view && <SaveLine saveState={workbook.saveState} />}
        {tab === "params" && <ParamsTab workbook={workbook} runChoice={runChoice} />}
        {tab === "reports" && <ReportsTab view={view} choice={runChoice.choice} lastRun={lastRun} />}
        {tab === "formulas" && <FormulasView />}
      </div>
    </main>
  );
}
