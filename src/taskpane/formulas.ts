/**
 * «Формулы»: the custom functions (their Russian names and descriptions from src/functions/ru.json, SPEC §7) and
 * an example formula for each, built around the range the user selected.
 *
 * Names are shown as this Excel shows them: a Russian Excel loads functions-ru.json (SHNOR.ГРУППЫ_РИСКА), any other the
 * English metadata (SHNOR.RISKGROUPS). The namespace is Latin by default: Microsoft documents Unicode letters for a
 * function's name, not for a namespace (Custom functions naming and localization, Microsoft Learn). A build with
 * `--env cyrillicNamespace` (webpack.config.js) gives ru-RU the namespace «ШНОР» as well, and this module follows it.
 * The example is written through `range.formulas`, which Office.js documents as the formula «in A1-style notation»
 * as opposed to `formulasLocal`, «in the user's language and number-formatting locale» (Excel.Range reference):
 * the invariant form, English function names and comma separators whatever Excel's language and list separator.
 * There a custom function is named by the manifest's default namespace and its id, which «is not localized»
 * (Custom functions naming and localization, Microsoft Learn): =SHNOR.RISKGROUPS(B3:K3); Microsoft's own Script Lab
 * samples write custom functions through `formulas` in this form. The docs say nothing more about custom functions in
 * `formulas`, and the tracker says it can fail: office-js #891 (a German Excel showed #NAME? for the id form, the
 * invariant parser knowing only the localized names) and #6614 (every custom function written so fails in a Turkish
 * Excel). So a non-English Excel gets a second candidate, the same formula with the names it shows, and the door
 * tries them in turn and reads each back (src/excel/api.ts insertFormulaIfEmpty).
 */
import NAMESPACES from "../functions/namespace.json";
import RUSSIAN from "../functions/ru.json";
import { DATE_RESULTS } from "../functions/dateResults";

/** Set by webpack's DefinePlugin: true in a build with `--env cyrillicNamespace`; undefined in tests. */
declare const SHNOR_CYRILLIC_NAMESPACE: boolean | undefined;
const CYRILLIC_BUILD = typeof SHNOR_CYRILLIC_NAMESPACE !== "undefined" && SHNOR_CYRILLIC_NAMESPACE === true;

/** The namespace of manifest.xml (src/functions/namespace.json): its default value… */
export const NAMESPACE = NAMESPACES.latin;
/** …and the one a Russian Excel shows: the same, unless the build gave ru-RU the Cyrillic one. */
export const RUSSIAN_NAMESPACE = russianNamespace(CYRILLIC_BUILD);

export function russianNamespace(cyrillicBuild: boolean): string {
  return cyrillicBuild ? NAMESPACES.cyrillic : NAMESPACES.latin;
}

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
  /** «SHNOR.ГРУППЫ_РИСКА» as a Russian Excel shows it (ШНОР.ГРУППЫ_РИСКА in a Cyrillic-namespace build). */
  russianName: string;
  /** «SHNOR.RISKGROUPS» as any other Excel shows it. */
  englishName: string;
  description: string;
  /** The formula for a selected range (the invariant form), or null when the function needs more than one range. */
  example: ((selection: string) => string) | null;
  /** The arguments after the selection («,1»), or null as for `example`. */
  tail: string | null;
  /** It returns a date (a serial number): «Вставить» gives the cell a date format. */
  returnsDate: boolean;
}

/** «'План 2021'!B3:K3» → «B3:K3»: the selection is on the active sheet, where the formula goes. */
export function localAddress(address: string): string {
  const bang = address.lastIndexOf("!");
  return bang < 0 ? address : address.slice(bang + 1);
}

/** The pane's list: with the namespace a Russian Excel shows in this build (a test may ask for the other build's). */
export function paneFunctions(shownRussianNamespace = RUSSIAN_NAMESPACE): PaneFunction[] {
  return Object.entries(RUSSIAN as Record<string, { name: string; description: string }>).map(
    ([id, { name, description }]) => {
      const tail = EXAMPLE_TAIL[id];
      return {
        id,
        russianName: `${shownRussianNamespace}.${name}`,
        englishName: `${NAMESPACE}.${id}`,
        description,
        example:
          tail === null || tail === undefined
            ? null
            : (selection: string) => `=${NAMESPACE}.${id}(${localAddress(selection)}${tail})`,
        tail: tail ?? null,
        returnsDate: DATE_RESULTS.has(id),
      };
    },
  );
}

export const PANE_FUNCTIONS: PaneFunction[] = paneFunctions();

/** Excel's UI language (Office.context.displayLanguage, «ru-RU») decides which metadata it loaded. */
export function isRussianExcel(displayLanguage: string): boolean {
  return /^ru(?:[-_]|$)/i.test(displayLanguage.trim());
}

export function shownName(fn: PaneFunction, displayLanguage: string): string {
  return isRussianExcel(displayLanguage) ? fn.russianName : fn.englishName;
}

/**
 * The formulas «Вставить» tries, in order: the invariant form; in a Russian Excel then the same formula with the
 * names that Excel shows (office-js #891). Empty when the function needs more than one range.
 */
export function formulaCandidates(fn: PaneFunction, displayLanguage: string, selection: string): string[] {
  if (!fn.example || fn.tail === null) return [];
  const invariant = fn.example(selection);
  const shown = `=${shownName(fn, displayLanguage)}(${localAddress(selection)}${fn.tail})`;
  return shown === invariant ? [invariant] : [invariant, shown];
}
