/**
 * «Формулы»: the custom functions (their Russian names and descriptions from src/functions/ru.json, SPEC §7) and
 * an example formula for each, built around the range the user selected.
 */
import RUSSIAN from "../functions/ru.json";

/** The namespace of manifest.xml (ШНОР in a Russian Excel); formulas are written in the invariant form. */
const NAMESPACE = "SHNOR";
const RUSSIAN_NAMESPACE = "ШНОР";

/**
 * The arguments of each example after the selection: only what a function requires beyond it.
 * null: it needs several ranges the pane cannot guess (the user types them).
 */
const EXAMPLE_TAIL: Record<string, string | null> = {
  RISKGROUPS: "",
  RISKCOUNT: "",
  INGROUP: ",1",
  RISKSUMMARY: "",
  MANDATORY: null,
  SHARE: ',"да"',
  TREND: null,
  DEADLINESTART: "",
  DEADLINEEND: "",
  NEXTCONTROL: "",
  PLANSTATUS: ',""',
  OVERDUE: ',""',
  REPORTDUE: "",
  LOWRESULT: null,
};

export interface PaneFunction {
  id: string;
  /** «ШНОР.ГРУППЫ_РИСКА» as a Russian Excel shows it. */
  russianName: string;
  description: string;
  /** The formula for a selected range, or null when the function needs more than one range. */
  example: ((selection: string) => string) | null;
}

/** «'План 2021'!B3:K3» → «B3:K3»: the selection is on the active sheet, where the formula goes. */
export function localAddress(address: string): string {
  const bang = address.lastIndexOf("!");
  return bang < 0 ? address : address.slice(bang + 1);
}

export const PANE_FUNCTIONS: PaneFunction[] = Object.entries(RUSSIAN as Record<string, { name: string; description: string }>).map(
  ([id, { name, description }]) => {
    const tail = EXAMPLE_TAIL[id];
    return {
      id,
      russianName: `${RUSSIAN_NAMESPACE}.${name}`,
      description,
      example: tail === null || tail === undefined ? null : (selection: string) => `=${NAMESPACE}.${id}(${localAddress(selection)}${tail})`,
    };
  },
);
