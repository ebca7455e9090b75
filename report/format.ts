/** Small formatting helpers shared by the Markdown and HTML reports. */
import { largestSupportedAgents } from '../language/engine/configurations.js';
import type { ReportCapacity, ReportGrowth, ReportModel, SizingLine } from './report-model.js';

/** One decimal, thousands separated (244.140625 → "244.1"); whole numbers stay whole. As the text report prints. */
export function fixed(value: number): string {
    return Number.isInteger(value) ? value.toLocaleString('en-US')
        : value.toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

export function escapeHtml(text: string): string {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** The months a table shows: 12, 24 and 36 within the horizon, and the horizon itself. */
export function growthMarks(growth: ReportGrowth): number[] {
    return horizonMarks(growth.months.length);
}

function horizonMarks(horizon: number): number[] {
    return [12, 24, 36, horizon].filter((month, i, all) => month >= 1 && month <= horizon && all.indexOf(month) === i);
}

/** The months the capacity table shows: as for the growth table. */
export function capacityMarks(capacity: ReportCapacity): number[] {
    return horizonMarks(capacity.months.length);
}

export function sizingLineText(line: SizingLine): string {
    switch (line.channel) {
        case 'email': return `${fixed(line.agents)} agents × ${fixed(line.rate)} emails/hour ÷ 6`;
        case 'chat': return `${fixed(line.agents)} agents × ${fixed(line.rate)} concurrent chats`;
        case 'callback': return `${fixed(line.agents)} agents × 1 session`;
    }
}

export function diskStatus(growth: ReportGrowth): string {
    const months = growth.months.length;
    if (growth.diskGB === null) return 'Database disk: not declared.';
    return `Database disk: ${fixed(growth.diskGB)} GB; ${growth.diskFullMonth === null
        ? `not exceeded within ${months} months.`
        : `exceeded in month ${growth.diskFullMonth}.`}`;
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

export function configurationServersText(model: ReportModel): string {
    const servers = model.sizing.configurationServers;
    return servers.length === 0
        ? `no supported configuration above ${fixed(largestSupportedAgents())} standardized agents`
        : servers.map(s => `${s.count} × ${s.roles.join(' + ')}`).join(', ');
}
