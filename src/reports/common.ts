/** Small pieces every report builder shares. */
import { type Day, formatDay } from "../core/calendar";

/** «Группы риска по состоянию на 15.06.2021» — every printed report says what date it describes. */
export function reportTitle(name: string, asOf: Day): string {
  return `${name} по состоянию на ${formatDay(asOf)}`;
}
