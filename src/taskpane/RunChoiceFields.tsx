/**
 * The fields of «Параметры» that are for the next run only: «на дату», the municipality, the quarter (the Excel pane's
 * and the Р7-Офис panel's). `lastRun`: «на дату» left at today long after the plan — the last run's warning stands
 * beside the date field (issue 24).
 */
import * as React from "react";
import { Field, Input } from "@fluentui/react-components";
import type { RunEvent } from "../commands/store";
import { asOfWarningIn } from "../core/plan/staleAsOf";
import { ChoiceDropdown } from "./ChoiceDropdown";
import { STRINGS } from "./strings";
import type { RunChoiceState } from "./useRunChoice";

export function RunChoiceFields({
  municipalities,
  quarters,
  runChoice,
  lastRun,
}: {
  municipalities: readonly string[];
  quarters: readonly { key: string; label: string }[];
  runChoice: RunChoiceState;
  lastRun: RunEvent | undefined;
}): React.JSX.Element {
  const { fields, choice, change } = runChoice;
  const staleWarning = lastRun?.state === "done" ? asOfWarningIn(lastRun.summary.summary) : undefined;
  return (
    <>
      <Field
        label={STRINGS.asOfLabel}
        hint={STRINGS.asOfHint}
        validationState={!choice ? "error" : staleWarning ? "warning" : "none"}
        validationMessage={!choice ? STRINGS.asOfInvalid : staleWarning}
      >
        <Input type="date" value={fields.asOfText} onChange={(_, data) => change({ asOfText: data.value })} />
      </Field>
      <Field label={STRINGS.municipalityLabel} hint={STRINGS.municipalityHint}>
        <ChoiceDropdown
          choices={[
            { value: undefined, label: STRINGS.allMunicipalities },
            ...municipalities.map((name) => ({ value: name, label: name })),
          ]}
          chosen={fields.municipality}
          onChoose={(municipality) => change({ municipality })}
        />
      </Field>
      {quarters.length > 0 && (
        <Field label={STRINGS.quarterLabel} hint={STRINGS.quarterHint}>
          <ChoiceDropdown
            choices={[
              { value: undefined, label: STRINGS.quarterDefault },
              ...quarters.map((q) => ({ value: q.key, label: q.label })),
            ]}
            chosen={fields.quarter}
            onChoose={(quarter) => change({ quarter })}
          />
        </Field>
      )}
    </>
  );
}
