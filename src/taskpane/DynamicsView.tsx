/**
 * «Направление динамики» in «Параметры»: for each entry/final pair, which way is better — as its name says, or the
 * user's choice saved as the settings row «Динамика: <мера>» (SPEC §4: «пользователь может переопределить»).
 */
import * as React from "react";
import { Caption1, Field, Text, makeStyles } from "@fluentui/react-components";
import type { DynamicsChoice } from "../core/indicators/indicatorColumns";
import type { DynamicsBetter, Settings } from "../core/settings";
import { ChoiceDropdown } from "./ChoiceDropdown";
import { storedDynamics, withDynamicsBetter } from "./settingsEdit";
import { STRINGS } from "./strings";

const S = STRINGS.dynamics;
const useStyles = makeStyles({ dropdown: { minWidth: "0", width: "100%" } });

export function DynamicsView({
  dynamics,
  settings,
  saving,
  onSave,
}: {
  dynamics: readonly DynamicsChoice[];
  settings: Settings;
  saving: boolean;
  onSave: (settings: Settings) => void;
}): React.JSX.Element {
  const styles = useStyles();
  return (
    <section role="group" aria-labelledby="dynamics-title" aria-describedby="dynamics-hint" data-testid="dynamics">
      <Text weight="semibold" block id="dynamics-title">
        {S.title}
      </Text>
      <Caption1 block id="dynamics-hint">
        {S.hint}
      </Caption1>
      {dynamics.map(({ measure, guessed }) => (
        <Field key={measure} label={S.label(measure)}>
          <ChoiceDropdown<DynamicsBetter["better"] | undefined>
            className={styles.dropdown}
            disabled={saving}
            choices={[
              { value: undefined, label: S.guessed(guessed) },
              { value: "больше", label: S.higher },
              { value: "меньше", label: S.lower },
            ]}
            chosen={storedDynamics(settings, measure)}
            onChoose={(better) => onSave(withDynamicsBetter(settings, measure, better ?? null))}
          />
        </Field>
      ))}
    </section>
  );
}
