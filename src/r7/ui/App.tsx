/**
 * The panel of the Р7-Офис / ONLYOFFICE plugin (fits the editor's plugin panel, about 300 px): tabs over the open
 * workbook as the door last surveyed it (useEditorWorkbook) and the next run's choice — the Excel pane's screens where
 * they fit (src/taskpane), with the editor's commands behind them. A tab is one entry of TABS, rendered with TabProps
 * (a self-contained tab such as «Формулы» needs only `call`).
 */
import * as React from "react";
import { PaneFrame } from "../../taskpane/PaneFrame";
import type { SheetActions } from "../../taskpane/ProblemList";
import { type RunChoiceState, useRunChoice } from "../../taskpane/useRunChoice";
import { showCell } from "../commands";
import type { CallCommand, RunRequest } from "../door";
import { FormulasTab } from "./FormulasTab";
import { ParamsPanel } from "./ParamsPanel";
import { ReportsPanel } from "./ReportsPanel";
import { R7_STRINGS } from "./strings";
import { type EditorWorkbook, useEditorWorkbook } from "./useEditorWorkbook";

/** What a tab is given to render. */
export interface TabProps {
  call: CallCommand;
  workbook: EditorWorkbook;
  runChoice: RunChoiceState;
  period: string;
  setPeriod: (period: string) => void;
  request: RunRequest | undefined;
  sheets: SheetActions;
}

interface PanelTab {
  id: string;
  label: string;
  render: (props: TabProps) => React.JSX.Element;
}

const TABS: PanelTab[] = [
  {
    id: "reports",
    label: R7_STRINGS.tabs.reports,
    render: ({ workbook, request, sheets }) => <ReportsPanel workbook={workbook} request={request} sheets={sheets} />,
  },
  {
    id: "params",
    label: R7_STRINGS.tabs.params,
    render: ({ workbook, runChoice, period, setPeriod }) => (
      <ParamsPanel workbook={workbook} runChoice={runChoice} period={period} onPeriod={setPeriod} />
    ),
  },
  { id: "formulas", label: R7_STRINGS.tabs.formulas, render: ({ call }) => <FormulasTab call={call} /> },
];

export function App({ call }: { call: CallCommand }): React.JSX.Element {
  const [tab, setTab] = React.useState(TABS[0].id);
  const workbook = useEditorWorkbook(call);
  const runChoice = useRunChoice();
  const [period, setPeriod] = React.useState("");
  const { choice } = runChoice;
  const request = React.useMemo<RunRequest | undefined>(
    () =>
      choice && {
        asOf: choice.asOf,
        municipality: choice.municipality,
        quarter: choice.quarterText,
        period: period.trim() === "" ? undefined : period.trim(),
      },
    [choice, period],
  );
  const sheets = React.useMemo<SheetActions>(
    () => ({
      openSheet: async (sheet) => void (await call(showCell, { sheet })),
      selectCell: async (sheet, address) => void (await call(showCell, { sheet, address })),
    }),
    [call],
  );
  const current = TABS.find((t) => t.id === tab) ?? TABS[0];
  return (
    <PaneFrame
      tabs={TABS}
      tab={current.id}
      onTab={setTab}
      reading={workbook.reading}
      readingLabel={workbook.progress}
      readError={workbook.readError}
      onRefresh={() => void workbook.read()}
    >
      {current.render({ call, workbook, runChoice, period, setPeriod, request, sheets })}
    </PaneFrame>
  );
}
