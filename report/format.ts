/** Small formatting helpers shared by the Markdown and HTML reports. */
import { projectionMonths } from '../language/engine/explain.js';
import type { ReportCapacity, ReportModel } from './report-model.js';

export function escapeHtml(text: string): string {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** The months the capacity table shows: as for the growth table. */
export function capacityMarks(capacity: ReportCapacity): number[] {
    return projectionMonths(capacity.months.length);
}

export function summaryText(model: ReportModel): string {
    const s = model.summary;
    const total = s.error + s.warning + s.info + s.hint;
    if (total === 0) return 'No problems found.';
    const parts = ([['error', s.error], ['warning', s.warning], ['info', s.info], ['hint', s.hint]] as const)
        .filter(([, n]) => n > 0)
        .map(([name, n]) => `${n} ${name === 'info' || name === 'hint' ? name : n === 1 ? name : `${name}s`}`);
    return parts.join(', ');
}

