/**
 * `ece diff` as text (terminal) and Markdown (a pull-request comment). Both render the same rows,
 * built here from the diff model: only what changed, each figure as before, after and the change.
 */
import { formatNumber as fixed } from '../../language/engine/explain.js';
import { heading, table } from '../../report/text.js';
import { changed, type Change, type DeploymentDiff } from './diff-model.js';
import type { FileDiagnostic } from '../workspace.js';

export interface DiffSection {
    title: string;
    /** figure, before, after, change */
    rows: [string, string, string, string][];
    /** Lines below the table: queues, skill groups, diagnostics. */
    notes: string[];
}

const show = (value: number | string | null, none = '—'): string => (value === null ? none : typeof value === 'number' ? fixed(value) : value);

function delta(c: Change<number | null>): string {
    if (c.before === null || c.after === null) return '';
    const d = c.after - c.before;
    return d === 0 ? '' : `${d > 0 ? '+' : '−'}${fixed(Math.abs(d))}`;
}

function row<T extends number | string | null>(label: string, c: Change<T>, none?: string): [string, string, string, string][] {
    if (!changed(c)) return [];
    return [[label, show(c.before, none), show(c.after, none), typeof c.before === 'number' || typeof c.after === 'number' ? delta(c as Change<number | null>) : '']];
}

const agents = (n: number, names?: string[]) => `${n} agent${n === 1 ? '' : 's'}${names?.length ? ` (${names.join(', ')})` : ''}`;

const diagnosticLine = (d: FileDiagnostic) => `${d.severity} ${d.code} at ${d.file}:${d.line}: ${d.message}`;

export function diffSections(diff: DeploymentDiff): DiffSection[] {
    const s = diff.sizing;
    const g = diff.growth;
    const notFull = `not within ${g.horizonMonths} months`;
    const sections: DiffSection[] = [
        {
            title: 'Sizing',
            rows: [
                ...row('configuration', s.configuration),
                ...row('OVA template', s.ova, 'none'),
                ...row('standardized agents: email', s.standardizedAgents.email),
                ...row('standardized agents: chat', s.standardizedAgents.chat),
                ...row('standardized agents: callback', s.standardizedAgents.callback),
                ...row('standardized agents: total', s.standardizedAgents.total),
                ...row('agent limit of the configuration', s.limit),
                ...row('headroom (agents)', s.headroom),
                ...s.roles.flatMap(r => [...row(`${r.role} role: servers the configuration needs`, r.required), ...row(`${r.role} role: servers declared`, r.declared)]),
                ...row('application servers required', s.applicationServers.needed),
                ...row('application servers for the load (400 agents each)', s.applicationServers.forLoad),
                ...row('application servers declared', s.applicationServers.declared),
            ],
            notes: s.roles.filter(r => r.required.after > r.declared.after && (changed(r.required) || changed(r.declared)))
                .map(r => `Servers to add: ${r.required.after - r.declared.after} with the ${r.role} role.`),
        },
        {
            title: 'Database growth',
            rows: [
                ...row('email (MB per month)', g.monthlyMB.email),
                ...row('attachments (MB per month)', g.monthlyMB.attachments),
                ...row('chat and callback (MB per month)', g.monthlyMB.chat),
                ...row('total (MB per month)', g.monthlyMB.total),
                ...row('database disk (GB)', g.diskGB, 'not declared'),
                ...row('disk full in month', g.diskFullMonth, notFull),
            ],
            notes: [],
        },
        {
            title: 'Routing',
            rows: [],
            notes: [
                ...diff.routing.queues.map(q => {
                    const where = `Queue ${q.queue} (${q.department})`;
                    if (q.agents.before === null) return `${where} is new, serviced by ${agents(q.agents.after ?? 0)}.`;
                    if (q.agents.after === null) return `${where} is removed; it was serviced by ${agents(q.agents.before)}.`;
                    const parts = [...(q.gained.length ? [`gains ${agents(q.gained.length, q.gained)}`] : []),
                        ...(q.lost.length ? [`loses ${agents(q.lost.length, q.lost)}`] : [])];
                    return `${where} ${parts.join(' and ')}: ${q.agents.before} → ${q.agents.after}.`;
                }),
                ...diff.routing.leftWithoutAgents.map(q => `Queue ${q.queue} (${q.department}) is left with no agent.`),
                ...diff.routing.newSharedSkillGroups.map(x => `Skill group ${x.skillGroup} is now shared across departments ${x.departments.join(', ')}.`),
            ],
        },
        {
            title: 'Diagnostics',
            rows: [],
            notes: [
                ...diff.diagnostics.introduced.map(d => `Introduced: ${diagnosticLine(d)}`),
                ...diff.diagnostics.fixed.map(d => `Fixed: ${diagnosticLine(d)}`),
            ],
        },
    ];
    return sections.filter(x => x.rows.length > 0 || x.notes.length > 0);
}

function title(diff: DeploymentDiff, base: string, head: string): string {
    const name = changed(diff.deployment) ? `${diff.deployment.before} → ${diff.deployment.after}` : diff.deployment.after;
    return `Changes to ${name} (${base} → ${head})`;
}

function verdicts(diff: DeploymentDiff): string[] {
    return [
        ...(diff.crossesConfigurationLimit ? [`The change crosses a configuration limit: ${diff.sizing.configuration.before} → ${diff.sizing.configuration.after}.`] : []),
        ...(diff.introducesErrors ? [errorsVerdict(diff.diagnostics.introduced.filter(d => d.severity === 'error').length)] : []),
    ];
}

const errorsVerdict = (n: number) => `The change introduces ${n === 1 ? 'an error' : `${n} errors`}.`;

export function diffText(diff: DeploymentDiff, base: string, head: string): string {
    const sections = diffSections(diff);
    const out = [heading(title(diff, base, head))];
    if (sections.length === 0) out.push('No change to sizing, growth, routing or diagnostics.');
    for (const section of sections) {
        out.push('', heading(section.title));
        if (section.rows.length > 0) out.push(table(['figure', 'before', 'after', 'change'], section.rows));
        out.push(...section.notes);
    }
    const verdict = verdicts(diff);
    if (verdict.length > 0) out.push('', ...verdict);
    return out.join('\n') + '\n';
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function diffMarkdown(diff: DeploymentDiff, base: string, head: string): string {
    const sections = diffSections(diff);
    const out = [`### ${cell(title(diff, base, head))}`, ''];
    for (const line of verdicts(diff)) out.push(`> **${line}**`, '');
    if (sections.length === 0) out.push('No change to sizing, growth, routing or diagnostics.', '');
    for (const section of sections) {
        out.push(`#### ${section.title}`, '');
        if (section.rows.length > 0) {
            out.push('| figure | before | after | change |', '|---|---:|---:|---:|', ...section.rows.map(r => `| ${r.map(cell).join(' | ')} |`), '');
        }
        if (section.notes.length > 0) out.push(...section.notes.map(n => `- ${cell(n)}`), '');
    }
    return out.join('\n');
}
