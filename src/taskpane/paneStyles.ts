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
