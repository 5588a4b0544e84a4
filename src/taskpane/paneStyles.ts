/** The pane's frame: a column of 320 px at most, the title row, the tabs that wrap, the tab panel. */
import { makeStyles, tokens } from "@fluentui/react-components";

export const usePaneStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    maxWidth: "100%",
    boxSizing: "border-box",
  },
  header: { display: "flex", justifyContent: "space-between", alignItems: "center", gap: tokens.spacingHorizontalS },
  tabs: { flexWrap: "wrap" },
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/**
 * The list of custom functions, in the Excel pane's «Формулы» and the Р7-Офис panel's: each a name that breaks
 * anywhere (SHNOR.ОБЯЗАТЕЛЬНЫЕ_МЕРЫ is wider than the pane) with its lines under it.
 */
export const useFunctionListStyles = makeStyles({
  list: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  item: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  name: { wordBreak: "break-all" },
});
