/**
 * A Fluent dropdown over typed choices. Fluent's options carry strings, so each option's value is its position in
 * `choices`: a choice such as «Все муниципалитеты» is `undefined`, not a reserved string that a name could collide with.
 */
import * as React from "react";
import { Dropdown, Option, type DropdownProps } from "@fluentui/react-components";

export interface Choice<T> {
  value: T;
  label: string;
}

type Props<T> = Omit<DropdownProps, "value" | "selectedOptions" | "onOptionSelect" | "children"> & {
  choices: readonly Choice<T>[];
  chosen: T;
  /** Called only when another choice is picked. */
  onChoose: (value: T) => void;
};

export function ChoiceDropdown<T>({ choices, chosen, onChoose, ...props }: Props<T>): React.JSX.Element {
  const index = choices.findIndex((choice) => choice.value === chosen);
  return (
    <Dropdown
      {...props}
      value={choices[index]?.label ?? ""}
      selectedOptions={index < 0 ? [] : [String(index)]}
      onOptionSelect={(_, data) => {
        const next = choices[Number(data.optionValue)];
        if (next && next.value !== chosen) onChoose(next.value);
      }}
    >
      {choices.map((choice, i) => (
        <Option key={i} value={String(i)}>
          {choice.label}
        </Option>
      ))}
    </Dropdown>
  );
}
