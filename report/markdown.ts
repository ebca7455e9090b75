/**
 * The report as Markdown for wikis and pull requests: tables, and the topology and routing diagrams
 * as Mermaid blocks. Pure: the same model always gives the same text.
 */
import { chartUnit, inUnit } from './charts.js';
import { configurationServersText, diskStatus, fixed, growthMarks, sizingLineText, summaryText } from './format.js';
import { routingMermaid, topologyMermaid } from './mermaid.js';
import type { ReportDiagnostic, ReportModel } from './report-model.js';

/**
 * Markdown's one escaping rule for every string from the user's files (description, names, file and
 * folder names, messages): line breaks and other control characters become spaces, so that nothing
 * starts a line (a forged heading, list or quote); `&` and `<` become entities (no raw HTML); and the
 * characters that open emphasis, code, links or a table cell are backslash-escaped.
 */
export function markdownText(text: string): string {
    return text
        .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
        .replace(/&/g, '&amp;').replace(/</g, '&lt;')
        .replace(/[\\`*[\]|~]|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])/g, c => `\\${c}`);
}

/** A table cell: the same rule (it escapes the pipes that would end the cell). */
export function markdownCell(text: string): string {
    return markdownText(text);
}

export function markdownTable(head: string[], rows: string[][], align: ('left' | 'right')[] = []): string {
    const row = (cells: string[]) => `| ${cells.map(markdownCell).join(' | ')} |`;
    const rule = `| ${head.map((_, i) => (align[i] === 'right' ? '---:' : '---')).join(' | ')} |`;
    return [row(head), rule, ...rows.map(row)].join('\n');
}

function location(d: ReportDiagnostic): string {
    return `${d.file}:${d.line}:${d.column}`;
}

export function renderMarkdown(model: ReportModel): string {
    const { sizing, growth, routing } = model;
    const out: string[] = [];
    out.push(`# ECE deployment ${markdownText(model.deployment)}`, '');
    if (model.description) out.push(`> ${markdownText(model.description)}`, '');
    out.push(`Files: ${model.files.map(f => markdownText(f.display)).join(', ')}. Diagnostics: ${summaryText(model)}`, '');

    out.push('## Sizing', '');
    out.push(markdownTable(['Channel', 'Standardized agents (guide: Sizing Inputs)', 'Count'], [
        ...sizing.lines.map(l => [l.channel, sizingLineText(l), fixed(l.standardized)]),
        ['total', 'rounded up to a whole agent', fixed(sizing.standardizedAgents.total)],
    ], ['left', 'left', 'right']), '');
    out.push(`- Configuration: **${sizing.configuration}**${sizing.ova ? ` (OVA \`${sizing.ova}\`)` : ''}`);
    out.push(`- Servers: ${configurationServersText(model)}`);
    out.push(`- Application servers: ${fixed(sizing.applicationServersNeeded)} needed at 400 agents each, ${fixed(sizing.applicationServersDeclared)} declared`);
    out.push(`- Headroom: ${fixed(sizing.headroom)} agents to the ${fixed(sizing.limit)}-agent limit`, '');
    out.push(markdownTable(['Role', 'Required', 'Declared'], sizing.roles.map(r => [r.role, fixed(r.required), fixed(r.declared)]), ['left', 'right', 'right']), '');

    out.push('## Database growth', '');
    const m = growth.monthlyMB;
    out.push(`Growth per month (guide: Planning for Database Growth): email ${fixed(m.email)} MB, attachments ${fixed(m.attachments)} MB, `
        + `chat and callback ${fixed(m.chat)} MB, total ${fixed(m.total)} MB. `
        + (growth.currentMB > 0 ? `Starting from the current size, ${fixed(growth.currentMB)} MB.` : 'Starting from an empty database.'), '');
    const unit = chartUnit(growth);
    const size = (mb: number) => fixed(inUnit(mb, unit));
    out.push(markdownTable(['After', `Email (${unit})`, `Attachments (${unit})`, `Chat and callback (${unit})`, `Current (${unit})`, `Total (${unit})`],
        growthMarks(growth).map(month => {
            const g = growth.months[month - 1];
            return [`${month} months`, size(g.emailMB), size(g.attachmentsMB), size(g.chatMB), size(g.currentMB), size(g.totalMB)];
        }), ['left', 'right', 'right', 'right', 'right', 'right']), '');
    out.push(diskStatus(growth), '');

    out.push('## Topology', '');
    out.push('```mermaid', topologyMermaid(model).trimEnd(), '```', '');

    out.push('## Routing', '');
    out.push('```mermaid', routingMermaid(model).trimEnd(), '```', '');
    if (routing.routes.length > 0) {
        out.push(markdownTable(['Department', 'Queue', 'MRD', 'Script selector', 'Skill groups', 'Precision queues', 'Agents'],
            routing.routes.map(r => [r.department, r.queue, r.mrd ?? '—', r.script ?? '—',
                r.skillGroups.join(', ') || '—', r.precisionQueues.join(', ') || '—', r.agents.join(', ') || '—'])), '');
    }

    out.push('## Diagnostics', '');
    out.push(model.diagnostics.length === 0 ? 'No problems found.'
        : markdownTable(['Severity', 'Location', 'Code', 'Message'], model.diagnostics.map(d => [d.severity, location(d), d.code, d.message])));
    out.push('');
    if (model.generator) out.push(`<sub>Generated by ${model.generator}.</sub>`, '');
    return out.join('\n');
}
