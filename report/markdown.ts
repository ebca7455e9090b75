/**
 * The report as Markdown for wikis and pull requests: tables, and the topology and routing diagrams
 * as Mermaid blocks. Pure: the same model always gives the same text.
 */
import { chartUnit, inUnit } from './charts.js';
import { capacityMarks, configurationServersText, diskStatus, fixed, growthMarks, sizingLineText, summaryText } from './format.js';
import { routingMermaid, topologyMermaid } from './mermaid.js';
import type { ReportDiagnostic, ReportModel } from './report-model.js';

/** A table cell: pipes and line breaks would end the cell or the row. */
export function markdownCell(text: string): string {
    return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
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
    const unit = chartUnit(model.growth);
    return [
        '## Capacity over time', '',
        `**${capacity.headline}.**`, '',
        capacity.timesToLimit.length === 0 ? `${capacity.summary}.`
            : markdownTable(['Month', 'The deployment will need', 'Because'], capacity.timesToLimit.map(t => [fixed(t.month), t.need, t.passed]), ['right', 'left', 'left']),
        '',
        markdownTable(['After', 'Standardized agents', 'Configuration', 'Application servers needed', `Database (${unit})`], capacityMarks(capacity).map(month => {
            const c = capacity.months[month - 1];
            return [`${month} months`, fixed(c.standardizedAgents.total), c.configuration, fixed(c.applicationServersNeeded), fixed(inUnit(c.databaseMB, unit))];
        }), ['left', 'right', 'left', 'right', 'right']),
        '',
    ];
}

export function renderMarkdown(model: ReportModel): string {
    const { sizing, growth, routing } = model;
    const out: string[] = [];
    out.push(`# ECE deployment ${model.deployment}`, '');
    if (model.description) out.push(`> ${model.description}`, '');
    out.push(`Files: ${model.files.map(f => `\`${f.display}\``).join(', ')}. Diagnostics: ${summaryText(model)}`, '');

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

    if (model.capacity) out.push(...capacityMarkdown(model));

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
