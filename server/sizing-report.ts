/**
 * The sizing report as Markdown: a presenter of what the engine computed (sizing, growth, routing)
 * and of the deployment's diagnostics. The editor shows it for "ECE: Show Sizing Report".
 * TODO(issue 6): once `ece report --format markdown` exists, serve that one instead.
 */
import type { Analysis } from '../language/engine/analysis.js';
import { serverCount } from '../language/engine/configurations.js';

export interface ReportDiagnostic {
    /** The file's name within the deployment folder. */
    file: string;
    /** 1-based, as people count. */
    line: number;
    column: number;
    severity: 'error' | 'warning' | 'info' | 'hint';
    code?: string;
    message: string;
}

const PROJECTED_MONTHS = [12, 24, 36];

export function sizingReportMarkdown(analysis: Analysis, diagnostics: ReportDiagnostic[]): string {
    const { deployment } = analysis;
    return [
        `# ECE deployment ${deployment.name}`,
        deployment.declaration?.description ?? '',
        `${deployment.files.length} file(s): ${deployment.files.map(fileName).join(', ')}`,
        ...sizingSection(analysis),
        ...growthSection(analysis),
        ...routingSection(analysis),
        ...diagnosticsSection(diagnostics),
    ].filter(block => block !== '').join('\n\n') + '\n';
}

function sizingSection({ sizing }: Analysis): string[] {
    const agents = sizing.standardizedAgents;
    const { configuration } = sizing;
    const servers = configuration.servers.map(s => `${s.count} × ${s.roles.join(' + ')}`).join('; ');
    return [
        '## Sizing',
        table(['Channel', 'Standardized agents'], [
            ['Email', number(agents.email)],
            ['Chat', number(agents.chat)],
            ['Callback', number(agents.callback)],
            ['**Total**', `**${number(agents.total)}**`],
        ]),
        table(['', ''], [
            ['Configuration', configuration.name],
            ['OVA template', configuration.ova ?? '—'],
            ['Servers', configuration.servers.length > 0 ? `${serverCount(configuration)} (${servers})` : '—'],
            ['Application servers needed / declared', `${sizing.applicationServersNeeded} / ${sizing.applicationServersDeclared}`],
            ['Headroom', `${number(sizing.headroom.agents)} agents to the ${number(sizing.headroom.limit)}-agent limit`],
        ]),
    ];
}

function growthSection({ growth }: Analysis): string[] {
    const monthly = growth.monthlyMB;
    const projected = PROJECTED_MONTHS
        .map(month => growth.projection.find(p => p.month === month))
        .filter(p => p !== undefined)
        .map(p => [`After ${p.month} months`, `${number(p.totalMB)} MB`]);
    const disk = growth.diskGB === null
        ? 'No database disk declared.'
        : growth.diskFullMonth === null
            ? `The ${number(growth.diskGB)} GB database disk does not fill within ${growth.projection.length} months.`
            : `The ${number(growth.diskGB)} GB database disk fills in month ${growth.diskFullMonth}.`;
    return [
        '## Database growth',
        table(['Per month', 'MB'], [
            ['Email', number(monthly.email)],
            ['Attachments', number(monthly.attachments)],
            ['Chat', number(monthly.chat)],
            ['**Total**', `**${number(monthly.total)}**`],
            ...projected,
        ]),
        disk,
    ];
}

function routingSection({ routes }: Analysis): string[] {
    if (routes.length === 0) return [];
    return [
        '## Routing',
        table(['Department', 'Queue', 'MRD', 'Script selector', 'Targets', 'Agents'], routes.map(r => [
            r.department, r.queue, r.mrd ?? '—', r.script ?? '—',
            [...r.skillGroups, ...r.precisionQueues].join(', ') || '—', r.agents.join(', ') || '—',
        ])),
    ];
}

function diagnosticsSection(diagnostics: ReportDiagnostic[]): string[] {
    if (diagnostics.length === 0) return ['## Diagnostics', 'No problems found.'];
    return [
        '## Diagnostics',
        table(['Where', 'Severity', 'Rule', 'Message'], diagnostics.map(d => [
            `${d.file}:${d.line}:${d.column}`, d.severity, d.code ? `\`${d.code}\`` : '', d.message,
        ])),
    ];
}

function table(header: string[], rows: string[][]): string {
    const line = (cells: string[]) => `| ${cells.map(escapeCell).join(' | ')} |`;
    return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

function escapeCell(text: string): string {
    return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function number(value: number): string {
    return value.toLocaleString('en-US', { maximumFractionDigits: 1 });
}

function fileName(uri: string): string {
    return decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
}
