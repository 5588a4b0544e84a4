/**
 * The task pane (fits 320 px): outside Excel, how to reach the reports; inside, «Что найдено», «Параметры», «Отчёты»
 * and «Формулы» as tabs over the workbook as last read (useWorkbook) and the next run's choice (useRunChoice).
 */
import * as React from "react";
import { pinChoice, type RunEvent } from "../commands/store";
import { FormulasView } from "./FormulasView";
import type { HostState } from "./host";
import { OutsideExcel } from "./OutsideExcel";
import { PaneFrame } from "./PaneFrame";
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
    <PaneFrame
      tabs={TAB_IDS.map((id) => ({ id, label: STRINGS.tabs[id] }))}
      tab={tab}
      onTab={setTab}
      reading={workbook.reading}
      readError={workbook.readError}
      onRefresh={() => void read()}
    >
      {tab === "found" && view && <RecognitionView view={view} onSave={workbook.save} />}
      {tab === "found" && view && <SaveLine saveState={workbook.saveState} />}
      {tab === "params" && <ParamsTab workbook={workbook} runChoice={runChoice} />}
      {tab === "reports" && <ReportsTab view={view} choice={runChoice.choice} lastRun={lastRun} />}
      {tab === "formulas" && <FormulasView />}
    </PaneFrame>
  );
}
