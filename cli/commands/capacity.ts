/** The capacity timeline of a growing load in `ece size --json` and `ece growth --json` (docs/language.md, "Load growth"). */
import type { Analysis } from '../../language/engine/analysis.js';
import { reportCapacity, type ReportCapacity } from '../../report/report-model.js';

/** The `capacity` field of `ece size --json` and `ece growth --json`: null when no growth is declared. */
export function capacityJson(analysis: Analysis): ReportCapacity | null {
    return reportCapacity(analysis);
}
