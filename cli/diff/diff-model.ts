/**
 * What a change does to a deployment, as data: the figures of the report model (report/report-model.ts,
 * itself the engine's analysis) before and after, and the diagnostics introduced and fixed, matched by
 * identity (rule, object, message key) rather than line. Renderers only format this.
 */
import { CONFIGURATIONS } from '../../language/engine/configurations.js';
import { identityKey, matchKnown } from '../../language/validation/finding-identity.js';
import type { ServerRole } from '../../language/model/deployment.js';
import type { ReportModel } from '../../report/report-model.js';
import type { IdentifiedDiagnostic } from '../findings.js';
import type { FileDiagnostic } from '../workspace.js';

export interface Change<T> {
    before: T;
    after: T;
}

export interface RoleChange {
    role: ServerRole;
    /** Servers carrying the role that the configuration needs. */
    required: Change<number>;
    declared: Change<number>;
}

export interface QueueChange {
    department: string;
    queue: string;
    /** Null when the queue is new or removed. */
    agents: Change<number | null>;
    gained: string[];
    lost: string[];
}

export interface DeploymentDiff {
    deployment: Change<string>;
    sizing: {
        configuration: Change<string>;
        ova: Change<string | null>;
        standardizedAgents: { email: Change<number>; chat: Change<number>; callback: Change<number>; total: Change<number> };
        limit: Change<number>;
        headroom: Change<number>;
        roles: RoleChange[];
        /** `needed`: what the configuration requires (docs/figures.md); `forLoad`: ⌈total ÷ 400⌉. */
        applicationServers: { needed: Change<number>; forLoad: Change<number>; declared: Change<number> };
    };
    growth: {
        monthlyMB: { email: Change<number>; attachments: Change<number>; chat: Change<number>; total: Change<number> };
        diskGB: Change<number | null>;
        diskFullMonth: Change<number | null>;
        horizonMonths: number;
    };
    routing: {
        /** Queues whose agents changed, added or removed. */
        queues: QueueChange[];
        /** Queues no agent services after the change that had agents before (or are new). */
        leftWithoutAgents: { department: string; queue: string }[];
        /** Skill groups mapped to queues of more than one department after the change, and not before. */
        newSharedSkillGroups: { skillGroup: string; departments: string[] }[];
    };
    diagnostics: { introduced: FileDiagnostic[]; fixed: FileDiagnostic[] };
    /** The change moves the deployment into a larger configuration, or past every supported one. */
    crossesConfigurationLimit: boolean;
    introducesErrors: boolean;
}

const change = <T>(before: T, after: T): Change<T> => ({ before, after });

export function changed<T>(c: Change<T>): boolean {
    return c.before !== c.after;
}

/** Index of a configuration by size; unsupported is past the last. */
function configurationRank(name: string): number {
    const index = CONFIGURATIONS.findIndex(c => c.name === name);
    return index === -1 ? CONFIGURATIONS.length : index;
}

function sharedSkillGroups(model: ReportModel): Map<string, string[]> {
    const departments = new Map<string, Set<string>>();
    for (const route of model.routing.routes) {
        for (const group of route.skillGroups) departments.set(group, (departments.get(group) ?? new Set()).add(route.department));
    }
    return new Map([...departments].filter(([, d]) => d.size > 1).map(([g, d]) => [g, [...d].sort()]));
}

function compareQueues(base: ReportModel, head: ReportModel): QueueChange[] {
    const before = new Map(base.routing.routes.map(r => [`${r.department}/${r.queue}`, r]));
    const after = new Map(head.routing.routes.map(r => [`${r.department}/${r.queue}`, r]));
    const keys = [...new Set([...before.keys(), ...after.keys()])];
    return keys.flatMap(key => {
        const b = before.get(key);
        const a = after.get(key);
        const was = new Set(b?.agents ?? []);
        const is = new Set(a?.agents ?? []);
        const gained = [...is].filter(x => !was.has(x));
        const lost = [...was].filter(x => !is.has(x));
        if (b && a && gained.length === 0 && lost.length === 0) return [];
        const route = (a ?? b)!;
        return [{ department: route.department, queue: route.queue, agents: change(b ? b.agents.length : null, a ? a.agents.length : null), gained, lost }];
    });
}

function compareDiagnostics(base: readonly IdentifiedDiagnostic[], head: readonly IdentifiedDiagnostic[]): DeploymentDiff['diagnostics'] {
    const counts = (list: readonly IdentifiedDiagnostic[]) => {
        const map = new Map<string, number>();
        for (const d of list) map.set(identityKey('', d.identity), (map.get(identityKey('', d.identity)) ?? 0) + 1);
        return map;
    };
    const strip = ({ identity: _identity, folder: _folder, ...d }: IdentifiedDiagnostic): FileDiagnostic => d;
    const introduced = matchKnown(head.map(d => identityKey('', d.identity)), counts(base)).known;
    const kept = matchKnown(base.map(d => identityKey('', d.identity)), counts(head)).known;
    return {
        introduced: head.filter((_, i) => !introduced[i]).map(strip),
        fixed: base.filter((_, i) => !kept[i]).map(strip),
    };
}

export function compareDeployments(
    base: ReportModel, head: ReportModel, baseDiagnostics: readonly IdentifiedDiagnostic[], headDiagnostics: readonly IdentifiedDiagnostic[],
): DeploymentDiff {
    const s = (m: ReportModel) => m.sizing;
    const g = (m: ReportModel) => m.growth;
    const agents = (key: 'email' | 'chat' | 'callback' | 'total') => change(s(base).standardizedAgents[key], s(head).standardizedAgents[key]);
    const growth = (key: 'email' | 'attachments' | 'chat' | 'total') => change(g(base).monthlyMB[key], g(head).monthlyMB[key]);
    const roleOf = (m: ReportModel, role: ServerRole) => s(m).roles.find(r => r.role === role) ?? { required: 0, declared: 0 };
    const sharedBefore = sharedSkillGroups(base);
    const queues = compareQueues(base, head);
    const diagnostics = compareDiagnostics(baseDiagnostics, headDiagnostics);
    const hadAgents = new Set(base.routing.routes.filter(r => r.agents.length > 0).map(r => `${r.department}/${r.queue}`));
    const existedBefore = new Set(base.routing.routes.map(r => `${r.department}/${r.queue}`));
    return {
        deployment: change(base.deployment, head.deployment),
        sizing: {
            configuration: change(s(base).configuration, s(head).configuration),
            ova: change(s(base).ova, s(head).ova),
            standardizedAgents: { email: agents('email'), chat: agents('chat'), callback: agents('callback'), total: agents('total') },
            limit: change(s(base).limit, s(head).limit),
            headroom: change(s(base).headroom, s(head).headroom),
            roles: s(head).roles.map(r => ({
                role: r.role,
                required: change(roleOf(base, r.role).required, r.required),
                declared: change(roleOf(base, r.role).declared, r.declared),
            })),
            applicationServers: {
                needed: change(s(base).applicationServersNeeded, s(head).applicationServersNeeded),
                forLoad: change(s(base).applicationServersForLoad, s(head).applicationServersForLoad),
                declared: change(s(base).applicationServersDeclared, s(head).applicationServersDeclared),
            },
        },
        growth: {
            monthlyMB: { email: growth('email'), attachments: growth('attachments'), chat: growth('chat'), total: growth('total') },
            diskGB: change(g(base).diskGB, g(head).diskGB),
            diskFullMonth: change(g(base).diskFullMonth, g(head).diskFullMonth),
            horizonMonths: g(head).months.length,
        },
        routing: {
            queues,
            leftWithoutAgents: head.routing.routes
                .filter(r => r.agents.length === 0 && (hadAgents.has(`${r.department}/${r.queue}`) || !existedBefore.has(`${r.department}/${r.queue}`)))
                .map(r => ({ department: r.department, queue: r.queue })),
            newSharedSkillGroups: [...sharedSkillGroups(head)]
                .filter(([group]) => !sharedBefore.has(group))
                .map(([skillGroup, departments]) => ({ skillGroup, departments })),
        },
        diagnostics,
        crossesConfigurationLimit: configurationRank(s(head).configuration) > configurationRank(s(base).configuration),
        introducesErrors: diagnostics.introduced.some(d => d.severity === 'error'),
    };
}
