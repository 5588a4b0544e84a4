/**
 * Problems with their cells: with `selectCell` (Excel's, or the Р7-Офис editor's), a problem tied to a cell is a link
 * that selects the cell.
 */
import * as React from "react";
import { Caption1, Link, makeStyles, tokens } from "@fluentui/react-components";
import { cellAddress } from "../core/a1";
import { problemPlace, type Problem } from "../core/problems";
import { errorText } from "../core/errorText";
import { STRINGS } from "./strings";

/** What a problem's cell link and a written sheet's link do in the host: Excel's (excel/api) or the editor's (src/r7). */
export interface SheetActions {
  openSheet(sheet: string): Promise<void>;
  selectCell(sheet: string, address: string): Promise<void>;
}

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  error: { color: tokens.colorPaletteRedForeground1 },
});

/** The pane shows this many; «Замечания» holds them all. */
const SHOWN = 50;

export function ProblemList({
  problems,
  selectCell,
}: {
  problems: Problem[];
  selectCell: SheetActions["selectCell"];
}): React.JSX.Element {
  const styles = useStyles();
  const [selectError, setSelectError] = React.useState<string | undefined>();
  const show = async (problem: Problem) => {
    setSelectError(undefined);
    try {
      await selectCell(problem.sheet!, cellAddress(problem.row!, problem.col!));
    } catch (error) {
      setSelectError(`${STRINGS.selectFailed}: ${errorText(error)}`);
    }
  };
  return (
    <>
      <ul className={styles.list} data-testid="problems">
        {problems.slice(0, SHOWN).map((problem, i) => {
          const place = problemPlace(problem);
          const inCell = problem.sheet !== undefined && problem.row !== undefined && problem.col !== undefined;
          return (
            <li key={i} className={problem.severity === "error" ? styles.error : undefined}>
              <Caption1>
                {inCell ? (
                  <Link as="button" inline onClick={() => void show(problem)} aria-label={STRINGS.showCell(place)}>
                    {place}
                  </Link>
                ) : (
                  place
                )}
                {place ? ": " : ""}
                {problem.message}
              </Caption1>
            </li>
          );
        })}
      </ul>
      {selectError && (
        <Caption1 role="alert" className={styles.error}>
          {selectError}
        </Caption1>
      )}
    </>
  );
}
