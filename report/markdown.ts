/**
 * The report as Markdown for wikis and pull requests: tables, and the topology and routing diagrams
 * as Mermaid blocks. Pure: the same model always gives the same text.
 */
import { formatAmount, formatNumber, projectionMonths, type Figure } from '../language/engine/explain.js';
import { capacityMarks, summaryText } from './format.js';
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

/** The capacity timeline of a growing load: its headline, the times to limit and the grown load at the table's months. */
function capacityMarkdown(model: ReportModel): string[] {
    const capacity = model.capacity;
    if (!capacity) return [];
    return [
        '## Capacity over time', '',
        `**${capacity.headline}.**`, '',
        capacity.timesToLimit.length === 0 ? `${capacity.summary}.`
            : markdownTable(['Month', 'The deployment will need', 'Because'], capacity.timesToLimit.map(t => [formatNumber(t.month), t.need, t.passed]), ['right', 'left', 'left']),
        '',
        markdownTable(['After', 'Standardized agents', 'Configuration', 'Application servers for the load', 'Database'], capacityMarks(capacity).map(month => {
            const c = capacity.months[month - 1];
            return [`${month} months`, formatNumber(c.standardizedAgents.total), c.configuration, formatNumber(c.applicationServersForLoad), formatAmount(c.databaseMB, 'MB')];
        }), ['left', 'right', 'left', 'right', 'right']),
        '',
    ];
}

export function renderMarkdown(model: ReportModel): string {
    const { growth, routing } = model;
    const out: string[] = [];
    out.push(`# ECE deployment ${markdownText(model.deployment)}`, '');
    if (model.description) out.push(`> ${markdownText(model.description)}`, '');
    out.push(`Files: ${model.files.map(f => markdownText(f.display)).join(', ')}. Diagnostics: ${summaryText(model)}`, '');

    const f = model.figures;
    const figureRows = (figures: readonly Figure[]) => figures.map(x => [x.label, `${x.formula} = ${x.arithmetic}`, x.value, x.section]);
    const head = (first: string) => [first, 'Formula with inputs', 'Value', 'Guide'];
    out.push('## Sizing', '');
    out.push(markdownTable(head('Load line'), figureRows(f.lines)), '');
    out.push(markdownTable(head('Standardized agents'), figureRows(f.standardizedAgents)), '');
    out.push(markdownTable(head('Figure'), figureRows(f.configuration)), '');
    out.push(markdownTable(['Role', 'Servers declared', 'Required'], f.roles.map(r => [r.label, r.value, r.arithmetic])), '');

    if (model.capacity) out.push(...capacityMarkdown(model));

    out.push('## Database growth', '');
    out.push(markdownTable(head('Growth per month'), figureRows(f.monthlyGrowth)), '');
    out.push(growth.currentMB > 0 ? `Starting from the current size, ${formatAmount(growth.currentMB, 'MB')}.` : 'Starting from an empty database.', '');
    out.push(markdownTable(['After', 'Email', 'Attachments', 'Chat and callback', 'Current', 'Total'],
        projectionMonths(growth.months.length).map(month => {
            const g = growth.months[month - 1];
            return [`${month} months`, ...[g.emailMB, g.attachmentsMB, g.chatMB, g.currentMB, g.totalMB].map(mb => formatAmount(mb, 'MB'))];
        }), ['left', 'right', 'right', 'right', 'right', 'right']), '');
    out.push(f.disk ? `${f.disk.label}: ${f.disk.value} (${f.disk.arithmetic}).` : 'Database disk: not declared.', '');

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
