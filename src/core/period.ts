/** The plan period every deadline is read against (SPEC §5). */
import type { DaySpan } from "./calendar";

export type PeriodSource = "run" | "settings" | "title" | "deadlines" | "asOf";

export interface PlanPeriod extends DaySpan {
  /** Where it came from, so reports can say which period they used. */
  source: PeriodSource;
  /** The text it was read from («на 2021-2022 годы», «2020-2021 учебный год»). */
  text?: string;
}
