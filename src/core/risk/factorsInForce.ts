/**
 * The factor catalogue a report counts against: the workbook's catalogue in force, else the factors its schools
 * carry, named as in the default FIOKO catalogue where it has them.
 */
import type { FactorInfo, WorkbookData } from "../tables/records";
import { DEFAULT_FACTORS } from "./catalogue";

export function factorsInForce(data: Pick<WorkbookData, "factors" | "schools">): FactorInfo[] {
  if (data.factors.length > 0) return [...data.factors].sort((a, b) => a.number - b.number);
  const numbers = new Set(data.schools.flatMap((s) => [...s.factors.keys()]));
  return [...numbers]
    .sort((a, b) => a - b)
    .map((number) => ({ number, name: DEFAULT_FACTORS.find((f) => f.number === number)?.name ?? "" }));
}

/** «РФ3. Недостаточная предметная …» — the header starts with «РФk» (SPEC §6); the name follows when known. */
export function factorHeader(factor: FactorInfo): string {
  return factor.name.trim() === "" ? `РФ${factor.number}` : `РФ${factor.number}. ${factor.name.trim()}`;
}
