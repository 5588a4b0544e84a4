/**
 * «Направление динамики» in «Параметры»: for each entry/final pair, which way is better — as its name says, or the
 * user's choice saved as the settings row «Динамика: <мера>» (SPEC §4: «пользователь может переопределить»).
 */
import * as React from "react";
import { Caption1, Dropdown, Field, Option, Text, makeStyles } from "@fluentui/react-components";
import type { Settings } from "../core/settings";
import type { WorkbookView } from "../excel/api";
import { storedDynamics, withDynamicsBetter } from "./settingsEdit";
import { STRINGS } from "./strings";

const S = STRINGS.dynamics;
/** The list's value for «as the measure's name says». */
const GUESSED = "\u0000name";

const useStyles = makeStyles({ dropdown: { minWidth: "0", width: "100%" } });

export function DynamicsView({ view, saving, onSave }: { view: WorkbookView; saving: boolean; onSave: (settings: Settings) => void }): React.JSX.Element {
  const styles = useStyles();
  return (
    <section role="group" aria-labelledby="dynamics-title" aria-describedby="dynamics-hint" data-testid="dynamics">
      <Text weight="semibold" block id="dynamics-title">
        {S.title}
      </Text>
      <Caption1 block id="dynamics-hint">
        {S.hint}
      </Caption1>
      {view.dynamics.map(({ measure, guessed }) => {
        const chosen = storedDynamics(view.settings, measure) ?? GUESSED;
        // the list's values: «as its name says», or the settings row's own word
        const labels: Record<string, string> = { [GUESSED]: S.guessed(guessed), больше: S.higher, меньше: S.lower };
        return (
          <Field key={measure} label={S.label(measure)}>
            <Dropdown
              className={styles.dropdown}
              disabled={saving}
              value={labels[chosen]}
              selectedOptions={[chosen]}
              onOptionSelect={(_, data) => {
                const next = data.optionValue ?? GUESSED;
                if (next !== chosen) onSave(withDynamicsBetter(view.settings, measure, next === GUESSED ? null : (next as "больше" | "меньше")));
              }}
            >
              {Object.entries(labels).map(([value, label]) => (
                <Option key={value} value={value}>
                  {label}
                </Option>
              ))}
            </Dropdown>
          </Field>
        );
      })}
    </section>
  );
}
