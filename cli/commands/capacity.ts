/** The capacity timeline of a growing load, as `ece size` and `ece growth` print it (docs/language.md, "Load growth"). */
import type { Analysis } from '../../language/engine/analysis.js';
import { capacityMarks } from '../../report/format.js';
import { reportCapacity, type ReportCapacity } from '../../report/report-model.js';
import { fixed, heading, table } from '../output/text.js';

/** The `capacity` field of `ece size --json` and `ece growth --json`: null when no growth is declared. */
export function capacityJson(analysis: Analysis): ReportCapacity | null {
    return reportCapacity(analysis);
}

/** The headline, the times to limit and the grown load at 12, 24, 36 months and the horizon; '' without growth. */
export function capacityText(capacity: ReportCapacity | null): string {
    if (!capacity) return '';
    return [
        heading(`Capacity over time (load growing ${capacity.ratesText})`),
        capacity.headline,
        ...(capacity.timesToLimit.length === 0 ? [capacity.summary] : capacity.timesToLimit.map(t => `Limit in ${t.text}`)),
        table(['after', 'standardized agents', 'configuration', 'application servers needed', 'database'], capacityMarks(capacity).map(month => {
            const m = capacity.months[month - 1];
            return [`month ${month}`, fixed(m.standardizedAgents.total), m.configuration, fixed(m.applicationServersNeeded), `${fixed(m.databaseMB)} MB`];
        })),
    ].join('\n') + '\n';
}
