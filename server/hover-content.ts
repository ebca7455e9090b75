/**
 * The markdown of each hover, one small function per kind of object. Each formats what the engine
 * already computed for the folder (its Analysis); none of them recomputes the model.
 */
import type { Analysis } from '../language/engine/analysis.js';
import {
    explainCallbackLine, explainChatLine, explainEmailLine, figuresOf, formatMB, formatNumber, GUIDE, projectionMonths,
} from '../language/engine/explain.js';
import { capacityHeadline, limitNeed, limitPassed, timesToLimitLine } from '../language/engine/explain-capacity.js';
import { agentsServicing, queuesServicedBy } from '../language/engine/routing.js';
import type * as m from '../language/model/deployment.js';
import { serversWithRole } from '../language/model/deployment.js';
import { formatQuantity } from '../language/model/quantity.js';
import type { NameRef } from '../language/model/span.js';
import { code, figureTable, names, sections, table } from './markdown.js';
import { lookupOf } from './model-lookup.js';

const CHANNEL: Record<m.Channel, string> = {
    'inbound-email': 'inbound email', 'outbound-email': 'outbound email', chat: 'chat', callback: 'callback',
};

function mrdDescription(analysis: Analysis, name: string | undefined): string {
    if (!name) return '—';
    const mrd = lookupOf(analysis).named('mrd', name);
    if (!mrd) return `${code(name)} (not declared)`;
    const channel = mrd.channel ? CHANNEL[mrd.channel.value] : 'no channel';
    return `${code(name)} (${channel}, ${mrd.interruptibility?.value ?? 'interruptible'})`;
}

/** The capacity timeline of a growing load: its headline and when each limit is reached; undefined without growth. */
export function capacitySection(analysis: Analysis, level = '####'): string | undefined {
    const { capacity } = analysis;
    const headline = capacityHeadline(analysis);
    if (!capacity || headline === undefined) return undefined;
    const marks = projectionMonths(capacity.months.length).map(month => capacity.months[month - 1]);
    return sections(
        `${level} Capacity over time`,
        `**${headline}**`,
        capacity.timesToLimit.length === 0 ? timesToLimitLine(capacity)
            : table(['Month', 'The deployment will need', 'Because'], capacity.timesToLimit.map(t => [String(t.month), limitNeed(t), limitPassed(t)])),
        table(['After', 'Standardized agents', 'Configuration', 'Application servers for the load', 'Database'], marks.map(m => [
            `${m.month} months`, formatNumber(m.standardizedAgents.total), m.configuration, formatNumber(m.applicationServersForLoad), formatMB(m.databaseMB),
        ])),
        'After m months the load is today\'s × (1 + yearly rate)^(m ÷ 12); each month is sized again with the guide\'s formulas '
            + `(${GUIDE.sizingInputs}; ${GUIDE.databaseGrowth}).`,
    );
}

export function capacityHover(analysis: Analysis): string | undefined {
    return capacitySection(analysis, '###');
}

export function deploymentHover(analysis: Analysis): string {
    const { deployment } = analysis;
    const figures = figuresOf(analysis);
    return sections(
        `### Deployment ${code(deployment.name)}`,
        deployment.declaration?.description,
        `**${figures.summary}**`,
        capacityHeadline(analysis),
        '#### Standardized agents',
        figureTable(figures.standardizedAgents, 'Channel'),
        '#### Configuration',
        figureTable(figures.configuration),
        capacitySection(analysis),
    );
}

export function loadLineHover(analysis: Analysis, line: { kind: 'email'; line: m.EmailLoad } | { kind: 'chat'; line: m.ChatLoad } | { kind: 'callback'; line: m.CallbackLoad }): string {
    const figures = figuresOf(analysis);
    const index = (analysis.deployment.load?.[line.kind] as readonly object[] | undefined)?.indexOf(line.line) ?? -1;
    const figure = figures.lines.find(f => f.key === `load.${line.kind}.${index}`)
        ?? (line.kind === 'email' ? explainEmailLine(line.line) : line.kind === 'chat' ? explainChatLine(line.line) : explainCallbackLine(line.line));
    const totals = figures.standardizedAgents;
    const channel = totals.find(f => f.label.toLowerCase() === line.kind);
    const total = totals.find(f => f.label === 'Total');
    return sections(
        `### ${figure.label}: ${figure.value}`,
        figureTable([figure, ...(channel ? [{ ...channel, label: `All ${line.kind} lines` }] : []), ...(total ? [{ ...total, label: 'Deployment total' }] : [])]),
        `That total needs the **${analysis.sizing.configuration.name}** configuration.`,
    );
}

export function growthHover(analysis: Analysis): string {
    const { growth } = analysis;
    const disk = figuresOf(analysis).disk ?? undefined;
    const databaseServers = serversWithRole(analysis.deployment, 'database').filter(s => s.disk).map(s => s.name);
    return sections(
        '### Database growth',
        figureTable(figuresOf(analysis).monthlyGrowth, 'Part'),
        '#### Projected database size',
        figureTable(figuresOf(analysis).projection, 'When'),
        disk
            ? figureTable([{ ...disk, label: `Disk full (${formatNumber(growth.diskGB ?? 0)} GB on ${databaseServers.join(', ')})` }])
            : 'No database disk is declared: write `disk <size>` on the database server to know when it fills.',
        growth.inputs.currentDatabaseMB > 0 ? undefined : 'The projection starts from an empty database; write `current database size` to start from today\'s.',
    );
}

export function loadProfileHover(analysis: Analysis): string {
    return sections(
        '### Load profile',
        `**${figuresOf(analysis).summary}**`,
        figureTable(figuresOf(analysis).standardizedAgents, 'Channel'),
        capacitySection(analysis),
        growthHover(analysis).replace('### Database growth', '#### Database growth'),
    );
}

export function networkHover(analysis: Analysis): string {
    return sections(
        '### Network',
        figureTable(figuresOf(analysis).network),
        'Agents written on several channel lines count on each, so the aggregate is an upper bound.',
    );
}

function targetRows(analysis: Analysis, targets: m.Targets): string[][] {
    const lookup = lookupOf(analysis);
    const rows: string[][] = [];
    for (const ref of targets.skillGroups) {
        const group = lookup.named('skill-group', ref.name);
        const agents = analysis.routingIndex.agentsOfTarget.get(ref.name) ?? [];
        rows.push([code(ref.name), 'skill group', group?.peripheral ? code(group.peripheral.name) : '—', group?.mrd ? code(group.mrd.name) : '—', names(agents.map(a => a.name))]);
    }
    for (const ref of targets.precisionQueues) {
        const queue = lookup.named('precision-queue', ref.name);
        const agents = analysis.routingIndex.agentsOfTarget.get(ref.name) ?? [];
        rows.push([code(ref.name), 'precision queue', '—', queue?.mrd ? code(queue.mrd.name) : '—', names(agents.map(a => a.name))]);
    }
    return rows;
}

export function queueHover(analysis: Analysis, queue: m.Queue): string {
    const agents = agentsServicing(queue, analysis.routingIndex).map(a => a.name);
    const conventional = queue.mrd && queue.scriptSelector ? `${queue.mrd.name}_${queue.scriptSelector.name}` : undefined;
    const naming = conventional === undefined ? undefined
        : conventional === queue.name ? `The name follows the convention ${code('<MRD>_<ScriptSelector>')}.`
            : `By the convention ${code('<MRD>_<ScriptSelector>')} this queue would be named ${code(conventional)}.`;
    const targets = targetRows(analysis, queue);
    return sections(
        `### Queue ${code(queue.name)} · department ${code(queue.department)}`,
        table(['', ''], [
            ['MRD', mrdDescription(analysis, queue.mrd?.name)],
            ['Script selector', queue.scriptSelector ? code(queue.scriptSelector.name) : '—'],
            ['Skill groups', names(queue.skillGroups.map(r => r.name))],
            ['Precision queues', names(queue.precisionQueues.map(r => r.name))],
            [`Agents who service it (${agents.length})`, names(agents)],
        ]),
        targets.length > 0 ? table(['Target', 'Kind', 'Peripheral', 'MRD', 'Agents'], targets) : undefined,
        `Agents who service a queue = the union of the agents of its skill groups and precision queues (${GUIDE.routing}).`,
        naming,
    );
}

export function agentHover(analysis: Analysis, agent: m.Agent): string {
    const queues = queuesServicedBy(agent, analysis.routingIndex);
    const own = new Set([...agent.skillGroups, ...agent.precisionQueues].map(r => r.name));
    const rows = queues.map(q => [
        code(q.name), code(q.department), q.mrd ? code(q.mrd.name) : '—',
        names([...q.skillGroups, ...q.precisionQueues].map(r => r.name).filter(n => own.has(n))),
    ]);
    return sections(
        `### Agent ${code(agent.name)}`,
        table(['', ''], [
            ['Skill groups', names(agent.skillGroups.map(r => r.name))],
            ['Precision queues', names(agent.precisionQueues.map(r => r.name))],
        ]),
        `#### Queues it services (${queues.length})`,
        rows.length > 0 ? table(['Queue', 'Department', 'MRD', 'Through'], rows) : 'None: no queue maps any of its skill groups or precision queues.',
        `Derived from the queues' skill groups and precision queues (${GUIDE.routing}).`,
    );
}

function targetHover(analysis: Analysis, kind: 'Skill group' | 'Precision queue', target: m.SkillGroup | m.PrecisionQueue): string {
    const queues = analysis.routingIndex.queuesOfTarget.get(target.name) ?? [];
    const agents = analysis.routingIndex.agentsOfTarget.get(target.name) ?? [];
    const list = kind === 'Skill group' ? 'skillGroups' : 'precisionQueues';
    const scripts = analysis.deployment.scriptSelectors.filter(s => s[list].some(r => r.name === target.name)).map(s => s.name);
    const rows: string[][] = [];
    if ('peripheral' in target) rows.push(['Peripheral', target.peripheral ? code(target.peripheral.name) : '—']);
    rows.push(
        ['MRD', mrdDescription(analysis, target.mrd?.name)],
        [`Queues (${queues.length})`, names(queues.map(q => `${q.department}/${q.name}`))],
        [`Agents (${agents.length})`, names(agents.map(a => a.name))],
        ['Script selectors', names(scripts)],
    );
    return sections(`### ${kind} ${code(target.name)}`, table(['', ''], rows), `(${GUIDE.routing})`);
}

export function skillGroupHover(analysis: Analysis, group: m.SkillGroup): string {
    return targetHover(analysis, 'Skill group', group);
}

export function precisionQueueHover(analysis: Analysis, queue: m.PrecisionQueue): string {
    return targetHover(analysis, 'Precision queue', queue);
}

export function mrdHover(analysis: Analysis, mrd: m.Mrd): string {
    const d = analysis.deployment;
    const inMrd = (o: { mrd?: NameRef }) => o.mrd?.name === mrd.name;
    return sections(
        `### MRD ${code(mrd.name)}`,
        table(['', ''], [
            ['Channel', mrd.channel ? CHANNEL[mrd.channel.value] : '—'],
            ['Interruptibility', mrd.interruptibility?.value ?? 'interruptible (the default)'],
            ['Skill groups', names(d.skillGroups.filter(inMrd).map(s => s.name))],
            ['Precision queues', names(d.precisionQueues.filter(inMrd).map(s => s.name))],
            ['Queues', names(d.queues.filter(inMrd).map(q => q.name))],
        ]),
    );
}

export function scriptSelectorHover(analysis: Analysis, script: m.ScriptSelector): string {
    const queues = analysis.deployment.queues.filter(q => q.scriptSelector?.name === script.name);
    const targets = targetRows(analysis, script);
    return sections(
        `### Script selector ${code(script.name)}`,
        table(['', ''], [
            ['Queues', names(queues.map(q => q.name))],
            ['Skill groups', names(script.skillGroups.map(r => r.name))],
            ['Precision queues', names(script.precisionQueues.map(r => r.name))],
        ]),
        targets.length > 0 ? table(['Target', 'Kind', 'Peripheral', 'MRD', 'Agents'], targets) : undefined,
    );
}

export function departmentHover(analysis: Analysis, department: m.Department): string {
    const rows = department.queues.map(q => [
        code(q.name), q.mrd ? code(q.mrd.name) : '—', q.scriptSelector ? code(q.scriptSelector.name) : '—',
        names([...q.skillGroups, ...q.precisionQueues].map(r => r.name)),
        names(agentsServicing(q, analysis.routingIndex).map(a => a.name)),
    ]);
    return sections(
        `### Department ${code(department.name)} (${department.queues.length} queue${department.queues.length === 1 ? '' : 's'})`,
        rows.length > 0 ? table(['Queue', 'MRD', 'Script selector', 'Skill groups / PQs', 'Agents'], rows) : undefined,
        `The routing table derived from the Unified CCE configuration (${GUIDE.routing}).`,
    );
}

export function peripheralHover(analysis: Analysis, peripheral: m.Peripheral): string {
    const groups = analysis.deployment.skillGroups.filter(g => g.peripheral?.name === peripheral.name).map(g => g.name);
    return sections(`### Peripheral ${code(peripheral.name)}`, table(['', ''], [[`Skill groups (${groups.length})`, names(groups)]]));
}

export function serverHover(analysis: Analysis, server: m.Server): string {
    const roles = server.roles.map(r => r.value);
    const database = roles.includes('database');
    const disk = database ? figuresOf(analysis).disk ?? undefined : undefined;
    return sections(
        `### Server ${code(server.name)}`,
        table(['', ''], [
            ['Roles', roles.length > 0 ? roles.join(', ') : '—'],
            ['Disk', server.disk ? formatQuantity(server.disk.value) : '—'],
            ['In the DMZ', server.inDmz ? 'yes' : 'no'],
            ['SQL Server Always On', server.alwaysOn ? 'yes' : 'no'],
        ]),
        `The deployment needs the **${analysis.sizing.configuration.name}** configuration (${GUIDE.configurations}).`,
        disk ? figureTable([disk]) : undefined,
    );
}

export function loadBalancerHover(_analysis: Analysis, balancer: m.LoadBalancer): string {
    return sections(
        `### Load balancer ${code(balancer.name)}`,
        table(['', ''], [
            ['Sticky sessions', balancer.stickiness?.value ?? '—'],
            ['Health check', balancer.healthCheck ? 'yes' : 'no'],
            ['In the DMZ', balancer.inDmz ? 'yes' : 'no'],
        ]),
    );
}
