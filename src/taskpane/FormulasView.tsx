/**
 * «Формулы»: each custom function, named as this Excel shows it, with its one-line description and «Вставить» (into an
 * empty active cell only).
 */
import * as React from "react";
import { Button, Caption1, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import { errorText } from "../core/errorText";
import { excelDisplayLanguage, insertFormulaIfEmpty } from "../excel/api";
import { formulaCandidates, PANE_FUNCTIONS, type PaneFunction, shownName } from "./formulas";
import { useFunctionListStyles } from "./paneStyles";
import { STRINGS } from "./strings";

type Outcome = { intent: "success" | "warning" | "error"; text: string };

const notInserted = {
  notEmpty: STRINGS.cellNotEmpty,
  insideData: STRINGS.cellInsideData,
  date1904: STRINGS.date1904Insert,
};

export function FormulasView(): React.JSX.Element {
  const styles = useFunctionListStyles();
  const [outcome, setOutcome] = React.useState<{ id: string } & Outcome>();
  const language = React.useMemo(() => excelDisplayLanguage(), []);
  const insert = async (fn: PaneFunction) => {
    if (!fn.example) return;
    try {
      const result = await insertFormulaIfEmpty(
        (selection) => formulaCandidates(fn, language, selection),
        fn.returnsDate,
      );
      setOutcome(
        result.inserted
          ? { id: fn.id, intent: "success", text: STRINGS.inserted(result.formula, result.cell) }
          : result.reason === "unknownFunction"
            ? { id: fn.id, intent: "error", text: STRINGS.functionUnknown(shownName(fn, language), result.cell) }
            : { id: fn.id, intent: "warning", text: notInserted[result.reason](result.cell) },
      );
    } catch (error) {
      setOutcome({ id: fn.id, intent: "error", text: `${STRINGS.insertFailed}: ${errorText(error)}` });
    }
  };
  return (
    <section aria-label={STRINGS.formulasTitle}>
      <Caption1 block>{STRINGS.formulasHint}</Caption1>
      <ul className={styles.list}>
        {PANE_FUNCTIONS.map((fn) => (
          <li key={fn.id} className={styles.item}>
            <Text weight="semibold" className={styles.name} id={`fn-${fn.id}`}>
              {shownName(fn, language)}
            </Text>
            <Caption1>{fn.description}</Caption1>
            <Button
              size="small"
              aria-describedby={`fn-${fn.id}`}
              aria-label={`${STRINGS.insert} ${shownName(fn, language)}`}
              disabled={!fn.example}
              title={fn.example ? undefined : STRINGS.insertNeedsRanges}
              onClick={() => void insert(fn)}
            >
              {STRINGS.insert}
            </Button>
            {outcome?.id === fn.id && (
              <MessageBar intent={outcome.intent} role={outcome.intent === "success" ? "status" : "alert"}>
                <MessageBarBody>{outcome.text}</MessageBarBody>
              </MessageBar>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
