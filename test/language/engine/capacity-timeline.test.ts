import { describe, expect, it } from 'vitest';
import { analyze } from '../../../language/engine/analysis.js';
import { growthFactor, type LimitKind } from '../../../language/engine/capacity-timeline.js';
import { projectGrowth } from '../../../language/engine/growth.js';
import type { DeclaredGrowth, Deployment, LoadProfile, Server, ServerRole } from '../../../language/model/deployment.js';
import type { Span } from '../../../language/model/span.js';

const SPAN: Span = { uri: 'file:///plain/main.ece', start: { line: 0, character: 0 }, end: { line: 0, character: 0 }, offset: 0, endOffset: 0 };
const at = <T>(value: T) => ({ value, span: SPAN });

interface PlainLoad {
    email?: [number, number][];
    chat?: [number, number][];
    callback?: number[];
    attachments?: [count: number, kb: number];
    currentMB?: number;
    growth?: Partial<Record<keyof DeclaredGrowth, number>>;
}

function load(p: PlainLoad): LoadProfile {
    return {
        span: SPAN, header: SPAN,
        email: (p.email ?? []).map(([agents, emailsPerHour]) => ({ agents, emailsPerHour, span: SPAN })),
        chat: (p.chat ?? []).map(([agents, concurrentChats]) => ({ agents, concurrentChats, span: SPAN })),
        callback: (p.callback ?? []).map(agents => ({ agents, span: SPAN })),
        monthly: p.attachments ? { emailsWithAttachments: at(p.attachments[0]) } : {},
        averageSize: p.attachments ? { attachment: at({ value: p.attachments[1], unit: 'KB' as const }) } : {},
        currentDatabaseSize: p.currentMB === undefined ? undefined : at({ value: p.currentMB, unit: 'MB' as const }),
        growth: p.growth && Object.fromEntries(Object.entries(p.growth).map(([scope, percent]) => [scope, at(percent)])),
    };
}

function server(name: string, roles: ServerRole[], diskMB?: number): Server {
    return { name, nameSpan: SPAN, span: SPAN, roles: roles.map(at), disk: diskMB === undefined ? undefined : at({ value: diskMB, unit: 'MB' }) };
}

/** A plain deployment: its load, and `applicationServers` servers with the application role (one also the database, with its disk). */
function deployment(p: PlainLoad, applicationServers = 1, diskMB?: number): Deployment {
    return {
        folder: 'file:///plain', files: ['file:///plain/main.ece'], name: 'Plain', extraDeclarations: [], workflow: {},
        mrds: [], peripherals: [], skillGroups: [], precisionQueues: [], agents: [], scriptSelectors: [], departments: [], queues: [],
        servers: [server('DB', ['database'], diskMB), ...Array.from({ length: applicationServers }, (_, i) => server(`APP_${i + 1}`, ['application']))],
        loadBalancers: [],
        load: load(p),
    };
}

describe('the times to limit, each on its exact boundary month', () => {
    const GUIDE_ATTACHMENTS: [number, number] = [50_000, 5]; // 244.140625 MB a month (the guide's worked example)
    it.each<{ name: string; kind: LimitKind; plain: PlainLoad; appServers?: number; diskMB?: number; month: number; limit: number }>([
        // 360 × 1.15^(9/12) = 399.8 → 400; 360 × 1.15^(10/12) = 404.4 → 405.
        { name: '360 agents at 15 % pass 400', kind: 'configuration', plain: { callback: [360], growth: { all: 15 } }, month: 10, limit: 400 },
        // 1400 × 1.15^(5/12) = 1483.9; 1400 × 1.15^(6/12) = 1501.3.
        { name: '1,400 agents at 15 % pass 1500', kind: 'supported-agents', plain: { callback: [1400], growth: { all: 15 } }, appServers: 5, month: 6, limit: 1500 },
        // 700 × 1.15^(11/12) = 795.7 (2 servers); 700 × 1.15 = 805 (3 servers).
        { name: '700 agents on 2 application servers at 15 %', kind: 'application-servers', plain: { callback: [700], growth: { all: 15 } }, appServers: 2, month: 12, limit: 2 },
        {
            name: 'the guide\'s 244.1 MB a month at 10 % on a 10 GB disk', kind: 'database-disk', diskMB: 10_240, limit: 10_240,
            plain: { callback: [10], attachments: GUIDE_ATTACHMENTS, growth: { all: 10 } },
            // Σ 244.140625 × 1.1^(k/12), k = 1..m, first over 10,240 MB.
            month: firstMonth(m => sumTo(m, k => 244.140625 * Math.pow(1.1, k / 12)) > 10_240),
        },
    ])('$name: month $month', ({ kind, plain, appServers, diskMB, month, limit }) => {
        const { capacity } = analyze(deployment(plain, appServers, diskMB), 60);
        const found = capacity?.timesToLimit.find(t => t.kind === kind);
        expect(found).toMatchObject({ kind, month, limit });
        const figure = (m: number) => {
            const row = capacity!.months[m - 1];
            return kind === 'application-servers' ? row.applicationServersForLoad : kind === 'database-disk' ? row.databaseMB : row.standardizedAgents.total;
        };
        expect(figure(month - 1)).toBeLessThanOrEqual(limit);
        expect(figure(month)).toBeGreaterThan(limit);
        expect(found?.value).toBe(figure(month));
    });

    it('names a limit passed in month 1 when today is exactly on it, and none already passed today', () => {
        // 100 email + 300 chat = 400 today; chat growing 30 % a year passes it in the first month.
        const onIt = analyze(deployment({ email: [[100, 6]], chat: [[300, 1]], growth: { chat: 30 } }), 36).capacity!;
        expect(onIt.timesToLimit.map(t => [t.kind, t.month])).toEqual([['configuration', 1], ['application-servers', 1]]);
        // 450 agents on 1 application server: both limits already passed today, so neither is a time to limit.
        const past = analyze(deployment({ callback: [450], growth: { all: 15 } }), 36).capacity!;
        expect(past.timesToLimit.map(t => t.kind)).toEqual([]);
    });
});

describe('the load month by month', () => {
    it('stays exactly as today with zero growth, and projects the database as the guide does', () => {
        const plain: PlainLoad = { callback: [360], attachments: [50_000, 5], currentMB: 1000, growth: { all: 0 } };
        const analysis = analyze(deployment(plain, 1, 5000), 36);
        const capacity = analysis.capacity!;
        expect(capacity.months.every(m => m.standardizedAgents.total === 360 && m.configuration === '400-agent')).toBe(true);
        expect(capacity.timesToLimit.map(t => t.kind)).toEqual(['database-disk']);
        const linear = projectGrowth({ ...deployment(plain, 1, 5000) }, 36);
        analysis.growth.projection.forEach((p, i) => expect(p.totalMB).toBeCloseTo(linear.projection[i].totalMB, 6));
        expect(analysis.growth.diskFullMonth).toBe(linear.diskFullMonth);
    });

    it('shrinks with negative growth and reaches no limit', () => {
        const capacity = analyze(deployment({ callback: [360], growth: { all: -20 } }), 36).capacity!;
        expect(capacity.months[11].standardizedAgents.total).toBe(288);
        expect(capacity.months[35].standardizedAgents.total).toBe(Math.ceil(360 * 0.8 ** 3));
        expect(capacity.timesToLimit).toEqual([]);
    });

    it('grows one channel only: the others stay as they are', () => {
        const capacity = analyze(deployment({ email: [[120, 9]], chat: [[100, 2]], callback: [20], growth: { chat: 30 } }), 24).capacity!;
        expect(capacity.rates).toEqual({ email: 0, chat: 30, callback: 0 });
        expect(capacity.months.every(m => m.standardizedAgents.email === 180 && m.standardizedAgents.callback === 20)).toBe(true);
        expect(capacity.months[11].standardizedAgents.chat).toBeCloseTo(260, 9);
    });

    it('lets a channel\'s own rate replace the whole load\'s', () => {
        const capacity = analyze(deployment({ email: [[60, 6]], chat: [[100, 1]], growth: { all: 10, chat: 50 } }), 12).capacity!;
        expect(capacity.rates).toEqual({ email: 10, chat: 50, callback: 10 });
        expect(capacity.months[11].standardizedAgents.email).toBeCloseTo(66, 9);
        expect(capacity.months[11].standardizedAgents.chat).toBeCloseTo(150, 9);
    });

    it.each([1, 600])('covers a horizon of %i months', horizon => {
        const capacity = analyze(deployment({ callback: [100], growth: { all: 15 } }), horizon).capacity!;
        expect(capacity.months.map(m => m.month)).toEqual(Array.from({ length: horizon }, (_, i) => i + 1));
        expect(capacity.months.at(-1)?.standardizedAgents.total).toBe(Math.ceil(100 * growthFactor(15, horizon) - 1e-9));
    });

    it('is absent without declared growth, and every figure stays the guide\'s', () => {
        const plain: PlainLoad = { callback: [360], attachments: [50_000, 5] };
        const analysis = analyze(deployment(plain, 1, 5000), 36);
        expect(analysis.capacity).toBeNull();
        expect(analysis.growth.compounded).toBeUndefined();
        expect(analysis.growth).toEqual(projectGrowth(deployment(plain, 1, 5000), 36));
    });
});

function sumTo(m: number, term: (k: number) => number): number {
    let sum = 0;
    for (let k = 1; k <= m; k++) sum += term(k);
    return sum;
}

function firstMonth(test: (m: number) => boolean): number {
    let m = 1;
    while (!test(m)) m++;
    return m;
}
