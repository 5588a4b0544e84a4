/**
 * «Формулы» in the Р7-Офис / ONLYOFFICE panel (#28): registers the formulas when shown and says what this editor
 * supports; lists them (Latin name to type, Russian description, the Excel name); for the selected cell, the core's
 * Russian message its formula gives; «Вставить значения» for the table function (src/r7/formulas.ts).
 */
import * as React from "react";
import {
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { errorText } from "../../core/errorText";
import { useFunctionListStyles } from "../../taskpane/paneStyles";
import type { CallCommand } from "../door";
import {
  examineActiveCell,
  examinedText,
  insertTableValues,
  R7_FUNCTIONS,
  registerFormulas,
  type Support,
  SUPPORT_TEXT,
  TABLE_FUNCTION,
} from "../formulas";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

type Note = { intent: "success" | "warning" | "error" | "info"; text: string };

const SUPPORT_INTENT: Record<Support, Note["intent"]> = { library: "success", session: "warning", none: "warning" };

export interface FormulasTabProps {
  call: CallCommand;
  /** The registration (a test may stand in for r7/formulas.js). */
  register?: (call: CallCommand) => Promise<Support>;
}

export function FormulasTab({ call, register = registerFormulas }: FormulasTabProps): React.JSX.Element {
  const styles = { ...useStyles(), ...useFunctionListStyles() };
  const [support, setSupport] = React.useState<Note | null>(null);
  const [cellNote, setCellNote] = React.useState<Note | null>(null);
  const [tableNote, setTableNote] = React.useState<Note | null>(null);
  const [busy, setBusy] = React.useState(false);

  // once per panel: a registration replaces the editor's library of these functions, and `call` may be a new
  // function on every render of the panel
  const started = React.useRef(false);
  React.useEffect(() => {
    if (started.current) return;
    started.current = true;
    register(call)
      .then((found) => setSupport({ intent: SUPPORT_INTENT[found], text: SUPPORT_TEXT[found] }))
      .catch((error: unknown) => setSupport({ intent: "error", text: `Формулы не подключены: ${errorText(error)}` }));
  }, [call, register]);

  const run = async (action: () => Promise<Note>, show: (note: Note) => void) => {
    setBusy(true);
    try {
      show(await action());
    } catch (error) {
      show({ intent: "error", text: `Не удалось: ${errorText(error)}` });
    } finally {
      setBusy(false);
    }
  };
  const examine = () =>
    run(async () => {
      const examined = await examineActiveCell(call);
      const intent = !examined.outcome ? "info" : examined.outcome.ok ? "success" : "warning";
      return { intent, text: examinedText(examined) };
    }, setCellNote);
  const insertTable = () => run(async () => ({ intent: "info", text: await insertTableValues(call) }), setTableNote);

  return (
    <section aria-label="Формулы" className={styles.root}>
      {support ? (
        <MessageBar intent={support.intent} role="status">
          <MessageBarBody>{support.text}</MessageBarBody>
        </MessageBar>
      ) : (
        <Spinner size="tiny" label="Подключение формул…" />
      )}
      <Caption1 block>
        Ячейка с ошибкой показывает только #ЗНАЧ!: выберите её и нажмите «Разобрать ячейку», чтобы узнать причину.
      </Caption1>
      <Button onClick={() => void examine()} disabled={busy}>
        Разобрать ячейку
      </Button>
      {cellNote && (
        <MessageBar intent={cellNote.intent} role={cellNote.intent === "warning" ? "alert" : "status"}>
          <MessageBarBody>{cellNote.text}</MessageBarBody>
        </MessageBar>
      )}
      <ul className={styles.list}>
        {R7_FUNCTIONS.map((fn) => (
          <li key={fn.id} className={styles.item}>
            <Text weight="semibold" className={styles.name} id={`r7-fn-${fn.id}`}>
              {fn.name}
            </Text>
            <Caption1>{fn.description}</Caption1>
            <Caption1>В Excel: {fn.excelName}</Caption1>
            {fn.id === TABLE_FUNCTION && (
              <>
                <Caption1>
                  Таблица: редактор показывает из неё одну ячейку. Выберите ячейку с формулой и вставьте таблицу
                  значениями.
                </Caption1>
                <Button
                  size="small"
                  aria-describedby={`r7-fn-${fn.id}`}
                  disabled={busy}
                  onClick={() => void insertTable()}
                >
                  Вставить значения
                </Button>
                {tableNote && (
                  <MessageBar intent={tableNote.intent} role="status">
                    <MessageBarBody>{tableNote.text}</MessageBarBody>
                  </MessageBar>
                )}
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
