/**
 * Benchmark deployments, generated deterministically from a seed: the same call always writes the
 * same bytes. Each deployment is valid (no syntax or reference errors) and follows the guide's
 * routing rules (one MRD per channel, a skill group in one department, queues named
 * `<MRD>_<Script>`, a script's targets equal to its queue's), so the checker does its full work
 * rather than stopping at errors.
 *
 *   realistic-max           the 1500-agent configuration at its limit: 1,500 agents, 500 skill
 *                           groups, 300 queues and every block, in one file (committed)
 *   stress-10k-1file        10,000 named objects in one file        (generated, gitignored)
 *   stress-10k-100files     the same across 100 files of one folder (generated, gitignored)
 *   stress-50k-1file        50,000 named objects in one file        (generated, gitignored)
 *   stress-50k-100files     the same across 100 files of one folder (generated, gitignored)
 *
 * Each one-file deployment is also written as YAML under bench/yaml/<name>/deployment.yaml, checked
 * against bench/yaml/ece-deployment.schema.json by yaml-language-server.
 *
 * Run: node out/bench/generate.js [--only realistic-max]
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
/** bench/ in the source tree, whether this runs compiled (out/bench/) or from source (the tests). */
export const BENCH_DIR = HERE.endsWith(`${path.sep}out${path.sep}bench`) ? path.resolve(HERE, '../../bench') : HERE;
export const FIXTURES_DIR = path.join(BENCH_DIR, 'fixtures');
export const YAML_DIR = path.join(BENCH_DIR, 'yaml');
export const SCHEMA_FILE = path.join(YAML_DIR, 'ece-deployment.schema.json');

// ---- The deployment, independent of its notation -----------------------------------------------

type Channel = 'inbound-email' | 'outbound-email' | 'chat' | 'callback';

interface Mrd { name: string; channel: Channel }
interface SkillGroup { name: string; peripheral: string; mrd: string }
interface PrecisionQueue { name: string; mrd: string }
interface Targets { skillGroups: string[]; precisionQueues: string[] }
interface Agent extends Targets { name: string }
interface ScriptSelector extends Targets { name: string }
interface Queue extends Targets { name: string; mrd: string; scriptSelector: string }
interface Department { name: string; queues: Queue[] }
interface Server { name: string; roles: string[]; disk?: string; inDmz?: boolean; alwaysOn?: boolean }

export interface Spec {
    name: string;
    description: string;
    mrds: Mrd[];
    peripherals: string[];
    skillGroups: SkillGroup[];
    precisionQueues: PrecisionQueue[];
    agents: Agent[];
    scriptSelectors: ScriptSelector[];
    departments: Department[];
    servers: Server[];
    loadBalancer: string;
}

export interface Counts {
    agents: number;
    skillGroups: number;
    departments: number;
    queuesPerDepartment: number;
    precisionQueues: number;
    peripherals: number;
}

/** mulberry32: small, fast and the same on every machine. */
function random(seed: number): () => number {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

const MRDS: Mrd[] = [
    { name: 'Email_MRD', channel: 'inbound-email' },
    { name: 'Outbound_MRD', channel: 'outbound-email' },
    { name: 'Chat_MRD', channel: 'chat' },
    { name: 'Callback_MRD', channel: 'callback' },
];
const CHANNEL_WORD: Record<Channel, string> = { 'inbound-email': 'Email', 'outbound-email': 'Outbound', chat: 'Chat', callback: 'Callback' };
/** The channel of a department's k-th skill group: half email, a third chat, the rest outbound and callback. */
const CHANNEL_PATTERN: Channel[] = ['inbound-email', 'chat', 'inbound-email', 'chat', 'outbound-email', 'inbound-email', 'callback', 'chat', 'inbound-email', 'inbound-email'];

const DEPARTMENTS = ['Sales', 'Support', 'Billing', 'Care', 'Orders', 'Returns', 'Claims', 'Loyalty', 'Shipping', 'Accounts',
    'Renewals', 'Onboarding', 'Technical', 'Warranty', 'Payments', 'Travel', 'Insurance', 'Lending', 'Cards', 'Fraud',
    'Retention', 'Partners', 'Wholesale', 'Logistics', 'Compliance'];
const TOPICS = ['General', 'Priority', 'Escalation', 'Inquiry', 'Request', 'Complaint', 'Feedback', 'Status', 'Change', 'Cancel',
    'Upgrade', 'Refund'];
const REGIONS = ['NA', 'EMEA', 'APAC', 'LATAM'];
const FIRST = ['Ines', 'Jon', 'Kim', 'Lars', 'Avery', 'Blake', 'Casey', 'Dana', 'Emil', 'Farah', 'Goran', 'Hana', 'Ivo', 'Jana',
    'Kofi', 'Lena', 'Mika', 'Nora', 'Omar', 'Paula', 'Quinn', 'Rosa', 'Sven', 'Tara', 'Uma', 'Viktor', 'Wen', 'Xavi', 'Yara', 'Zoe',
    'Amir', 'Bea', 'Cyril', 'Dmitri', 'Elif', 'Femi', 'Greta', 'Hugo', 'Ida', 'Joao', 'Kaia', 'Luca', 'Maya', 'Nils', 'Olga',
    'Pedro', 'Rina', 'Sami', 'Tomas', 'Vera'];
const LAST = ['Moreau', 'Berg', 'Okafor', 'Silva', 'Novak', 'Tanaka', 'Schmidt', 'Rossi', 'Kowalski', 'Haddad', 'Larsen', 'Dubois',
    'Costa', 'Meyer', 'Ivanova', 'Nakamura', 'Jensen', 'Garcia', 'Horvat', 'Kaya', 'Lindqvist', 'Mensah', 'Petrov', 'Quist',
    'Reyes', 'Sato', 'Torres', 'Ueda', 'Varga', 'Weber', 'Yilmaz', 'Zhang', 'Andersen', 'Bauer', 'Cruz', 'Dalton', 'Egan',
    'Fischer', 'Gomez', 'Hale', 'Ito', 'Jovanovic', 'Keller', 'Lopez', 'Marin', 'Nowak', 'Ortiz', 'Park', 'Ruiz', 'Stein'];

/** A unique name from a list: the list's words first, then the words again with a numeric suffix. */
function cycled(words: readonly string[], i: number): string {
    const word = words[i % words.length];
    return i < words.length ? word : `${word}_${Math.floor(i / words.length) + 1}`;
}

/** The 1500-agent configuration's servers (guide, chapter 2: 5 web, 5 application, file, messaging, services, database), with HA. */
function servers(): Server[] {
    const result: Server[] = [];
    for (let i = 1; i <= 5; i++) result.push({ name: `ECE_WEB_${i}`, roles: ['web'], inDmz: true });
    for (let i = 1; i <= 5; i++) result.push({ name: `ECE_APP_${i}`, roles: ['application'] });
    result.push({ name: 'ECE_FILE_1', roles: ['file'] });
    result.push({ name: 'ECE_MSG_1', roles: ['messaging'] }, { name: 'ECE_MSG_2', roles: ['messaging'] });
    result.push({ name: 'ECE_SVC_1', roles: ['services'] }, { name: 'ECE_SVC_2', roles: ['services'] });
    result.push({ name: 'ECE_DB_1', roles: ['database'], disk: '4 TB', alwaysOn: true });
    return result;
}

export function buildSpec(name: string, description: string, counts: Counts, seed: number): Spec {
    const rand = random(seed);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)];
    const peripherals = Array.from({ length: counts.peripherals }, (_, i) => `${cycled(REGIONS, i)}_Peripheral`);
    const mrdOf = new Map(MRDS.map(m => [m.channel, m.name]));

    const skillGroups: SkillGroup[] = [];
    const precisionQueues: PrecisionQueue[] = [];
    const departments: Department[] = [];
    const scriptSelectors: ScriptSelector[] = [];
    const sgPerDepartment = Math.floor(counts.skillGroups / counts.departments);
    const pqPerDepartment = Math.floor(counts.precisionQueues / counts.departments);
    for (let d = 0; d < counts.departments; d++) {
        const department = cycled(DEPARTMENTS, d);
        // The last department takes the remainders, so the totals are exact.
        const sgCount = d === counts.departments - 1 ? counts.skillGroups - sgPerDepartment * d : sgPerDepartment;
        const pqCount = d === counts.departments - 1 ? counts.precisionQueues - pqPerDepartment * d : pqPerDepartment;
        const ownSkillGroups: SkillGroup[] = [];
        for (let k = 0; k < sgCount; k++) {
            const channel = CHANNEL_PATTERN[k % CHANNEL_PATTERN.length];
            const sg = { name: `${department}_${CHANNEL_WORD[channel]}_${String(k + 1).padStart(2, '0')}`, peripheral: pick(peripherals), mrd: mrdOf.get(channel)! };
            ownSkillGroups.push(sg);
        }
        const ownPrecisionQueues: PrecisionQueue[] = [];
        for (let k = 0; k < pqCount; k++) {
            const channel: Channel = k % 2 === 0 ? 'inbound-email' : 'chat';
            ownPrecisionQueues.push({ name: `${department}_Premium_${CHANNEL_WORD[channel]}_${k + 1}`, mrd: mrdOf.get(channel)! });
        }
        const queues: Queue[] = [];
        for (let j = 0; j < counts.queuesPerDepartment; j++) {
            const primary = ownSkillGroups[j % ownSkillGroups.length];
            const sameMrd = ownSkillGroups.filter(sg => sg.mrd === primary.mrd && sg !== primary);
            const targets: Targets = { skillGroups: [primary.name], precisionQueues: [] };
            const extra = Math.floor(rand() * 3);
            for (let e = 0; e < extra && sameMrd.length > 0; e++) {
                const sg = pick(sameMrd);
                if (!targets.skillGroups.includes(sg.name)) targets.skillGroups.push(sg.name);
            }
            const pqs = ownPrecisionQueues.filter(pq => pq.mrd === primary.mrd);
            if (pqs.length > 0 && rand() < 0.25) targets.precisionQueues.push(pick(pqs).name);
            const script = `${department}_${cycled(TOPICS, j)}_${CHANNEL_WORD[MRDS.find(m => m.name === primary.mrd)!.channel]}_Script`;
            scriptSelectors.push({ name: script, ...copy(targets) });
            queues.push({ name: `${primary.mrd}_${script}`, mrd: primary.mrd, scriptSelector: script, ...copy(targets) });
        }
        skillGroups.push(...ownSkillGroups);
        precisionQueues.push(...ownPrecisionQueues);
        departments.push({ name: department, queues });
    }

    // Every skill group and precision queue gets agents, so every queue can be serviced.
    const agents: Agent[] = [];
    const taken = new Set<string>();
    for (let i = 0; i < counts.agents; i++) {
        const base = `${FIRST[i % FIRST.length]}_${LAST[Math.floor(i / FIRST.length) % LAST.length]}`;
        const agentName = taken.has(base) ? `${base}_${i + 1}` : base;
        taken.add(agentName);
        const agent: Agent = { name: agentName, skillGroups: [skillGroups[i % skillGroups.length].name], precisionQueues: [] };
        const blended = rand();
        const more = blended < 0.1 ? 2 : blended < 0.45 ? 1 : 0;
        for (let e = 0; e < more; e++) {
            const sg = pick(skillGroups).name;
            if (!agent.skillGroups.includes(sg)) agent.skillGroups.push(sg);
        }
        if (i % 10 === 9 && precisionQueues.length > 0) agent.precisionQueues.push(precisionQueues[Math.floor(i / 10) % precisionQueues.length].name);
        agents.push(agent);
    }

    return {
        name, description, mrds: MRDS, peripherals, skillGroups, precisionQueues, agents, scriptSelectors, departments,
        servers: servers(), loadBalancer: 'ECE_LB',
    };
}

function copy(targets: Targets): Targets {
    return { skillGroups: [...targets.skillGroups], precisionQueues: [...targets.precisionQueues] };
}

/** The named objects of a deployment: what "10,000 objects" counts. */
export function objectCount(spec: Spec): number {
    return 1 + spec.mrds.length + spec.peripherals.length + spec.skillGroups.length + spec.precisionQueues.length
        + spec.agents.length + spec.scriptSelectors.length + spec.departments.length
        + spec.departments.reduce((n, d) => n + d.queues.length, 0) + spec.servers.length + 1;
}

/** Counts for a stress deployment of exactly `total` named objects, in realistic proportions. */
export function stressCounts(total: number): Counts {
    const departments = total / 100;
    const queuesPerDepartment = 10;
    const skillGroups = departments * 20;
    const precisionQueues = departments * 2;
    const peripherals = Math.max(4, total / 500);
    // deployment, 4 MRDs, 16 servers, 1 load balancer; queues and their script selectors.
    const fixed = 1 + 4 + 16 + 1 + departments + 2 * departments * queuesPerDepartment;
    return { agents: total - fixed - skillGroups - precisionQueues - peripherals, skillGroups, departments, queuesPerDepartment, precisionQueues, peripherals };
}

export const REALISTIC_MAX: Counts = { agents: 1500, skillGroups: 500, departments: 25, queuesPerDepartment: 12, precisionQueues: 40, peripherals: 4 };

// ---- .ece ---------------------------------------------------------------------------------------

const CHANNEL_ECE: Record<Channel, string> = { 'inbound-email': 'inbound email', 'outbound-email': 'outbound email', chat: 'chat', callback: 'callback' };

function targetsEce(t: Targets): string[] {
    const lines: string[] = [];
    if (t.skillGroups.length > 0) lines.push(`skill groups ${t.skillGroups.join(', ')}`);
    if (t.precisionQueues.length > 0) lines.push(`precision queues ${t.precisionQueues.join(', ')}`);
    return lines;
}

/** The load profile: exactly 1,500 standardized agents (800 email + 300 × 2 chat + 100 callback). */
const LOAD_ECE = `load profile {
    email 800 agents at 6 emails per hour
    chat 300 agents at 2 concurrent chats
    callback 100 agents
    incoming emails 400,000 per month
    outgoing emails 350,000 per month
    average email size 15 KB
    emails with attachments 80,000 per month
    average attachment size 45 KB
    chat messages 2,500,000 per month
    average chat message size 1 KB
    current database size 150 GB
}
`;

interface Block { kind: string; text: string }

/** Blocks joined as a person writes them: one-line blocks of a kind together, a blank line between kinds. */
function joinBlocks(blocks: readonly Block[]): string {
    return blocks.map((b, i) => (i > 0 && (b.kind !== blocks[i - 1].kind || b.text.includes('{\n')) ? `\n${b.text}` : b.text)).join('');
}

/** The deployment's top-level blocks, in the order a file would hold them. */
function eceElements(spec: Spec): Block[] {
    const blocks: Block[] = [];
    const push = (kind: string, text: string): void => { blocks.push({ kind, text }); };
    push('deployment', `deployment ${spec.name} {\n    description "${spec.description}"\n    workflow processes 2\n    workflow instances 2\n}\n`);
    for (const mrd of spec.mrds) {
        const interruptible = mrd.channel.endsWith('email') ? ' interruptible' : '';
        push('mrd', `mrd ${mrd.name} { channel ${CHANNEL_ECE[mrd.channel]}${interruptible} }\n`);
    }
    for (const p of spec.peripherals) push('peripheral', `peripheral ${p}\n`);
    for (const sg of spec.skillGroups) push('skillGroup', `skill group ${sg.name} { peripheral ${sg.peripheral}  mrd ${sg.mrd} }\n`);
    for (const pq of spec.precisionQueues) push('pq', `precision queue ${pq.name} { mrd ${pq.mrd} }\n`);
    for (const a of spec.agents) push('agent', `agent ${a.name} { ${targetsEce(a).join('  ')} }\n`);
    for (const s of spec.scriptSelectors) push('script', `script selector ${s.name} { ${targetsEce(s).join('  ')} }\n`);
    for (const d of spec.departments) {
        const queues = d.queues.map(q => [
            `    queue ${q.name} {`,
            `        mrd ${q.mrd}`,
            `        script selector ${q.scriptSelector}`,
            ...targetsEce(q).map(line => `        ${line}`),
            '    }',
        ].join('\n'));
        push('department', `department ${d.name} {\n${queues.join('\n')}\n}\n`);
    }
    for (const s of spec.servers) {
        const parts = [`roles ${s.roles.join(', ')}`];
        if (s.disk) parts.push(`disk ${s.disk}`);
        if (s.inDmz) parts.push('in dmz');
        if (s.alwaysOn) parts.push('always on');
        push('server', `server ${s.name} { ${parts.join('  ')} }\n`);
    }
    push('lb', `load balancer ${spec.loadBalancer} {\n    sticky sessions cookie\n    health check\n    in dmz\n}\n`);
    push('load', LOAD_ECE);
    push('network', 'network {\n    agent latency 80 ms\n    unified cce latency 30 ms\n    login bandwidth 512 kbps per agent\n    steady bandwidth 64 kbps per agent\n}\n');
    push('security', 'security {\n    https open\n    customers chat from outside\n    file server ports blocked\n}\n');
    return blocks;
}

/** The deployment as `files` .ece files: one file, or contiguous slices of its blocks across many. */
export function eceFiles(spec: Spec, files: number): Map<string, string> {
    const blocks = eceElements(spec);
    const result = new Map<string, string>();
    if (files === 1) {
        result.set('deployment.ece', `// Generated by bench/generate.ts: ${objectCount(spec).toLocaleString('en-US')} named objects.\n\n${joinBlocks(blocks)}`);
        return result;
    }
    const per = Math.ceil(blocks.length / files);
    for (let f = 0; f < files; f++) {
        const slice = blocks.slice(f * per, (f + 1) * per);
        result.set(`part-${String(f + 1).padStart(3, '0')}.ece`, `// Generated by bench/generate.ts: part ${f + 1} of ${files}.\n\n${joinBlocks(slice)}`);
    }
    return result;
}

// ---- YAML ---------------------------------------------------------------------------------------

function yamlList(items: readonly string[]): string {
    return `[${items.join(', ')}]`;
}

function targetsYaml(t: Targets, indent: string): string[] {
    const lines: string[] = [];
    if (t.skillGroups.length > 0) lines.push(`${indent}skillGroups: ${yamlList(t.skillGroups)}`);
    if (t.precisionQueues.length > 0) lines.push(`${indent}precisionQueues: ${yamlList(t.precisionQueues)}`);
    return lines;
}

/** The same deployment, field for field, as YAML for yaml-language-server and the JSON Schema below. */
export function yamlText(spec: Spec): string {
    const out: string[] = [`# Generated by bench/generate.ts: ${objectCount(spec).toLocaleString('en-US')} named objects.`];
    out.push('deployment:', `  name: ${spec.name}`, `  description: "${spec.description}"`, '  workflow:', '    processes: 2', '    instances: 2');
    out.push('mrds:');
    for (const m of spec.mrds) {
        out.push(`  - name: ${m.name}`, `    channel: ${m.channel}`);
        if (m.channel.endsWith('email')) out.push('    interruptible: true');
    }
    out.push(`peripherals: ${yamlList(spec.peripherals)}`);
    out.push('skillGroups:');
    for (const sg of spec.skillGroups) out.push(`  - { name: ${sg.name}, peripheral: ${sg.peripheral}, mrd: ${sg.mrd} }`);
    out.push('precisionQueues:');
    for (const pq of spec.precisionQueues) out.push(`  - { name: ${pq.name}, mrd: ${pq.mrd} }`);
    out.push('agents:');
    for (const a of spec.agents) out.push(`  - name: ${a.name}`, ...targetsYaml(a, '    '));
    out.push('scriptSelectors:');
    for (const s of spec.scriptSelectors) out.push(`  - name: ${s.name}`, ...targetsYaml(s, '    '));
    out.push('departments:');
    for (const d of spec.departments) {
        out.push(`  - name: ${d.name}`, '    queues:');
        for (const q of d.queues) {
            out.push(`      - name: ${q.name}`, `        mrd: ${q.mrd}`, `        scriptSelector: ${q.scriptSelector}`, ...targetsYaml(q, '        '));
        }
    }
    out.push('servers:');
    for (const s of spec.servers) {
        out.push(`  - name: ${s.name}`, `    roles: ${yamlList(s.roles)}`);
        if (s.disk) out.push(`    disk: ${s.disk}`);
        if (s.inDmz) out.push('    inDmz: true');
        if (s.alwaysOn) out.push('    alwaysOn: true');
    }
    out.push('loadBalancers:', `  - name: ${spec.loadBalancer}`, '    stickySessions: cookie', '    healthCheck: true', '    inDmz: true');
    out.push(
        'loadProfile:',
        '  email: { agents: 800, emailsPerHour: 6 }',
        '  chat: { agents: 300, concurrentChats: 2 }',
        '  callback: { agents: 100 }',
        '  monthly: { incomingEmails: 400000, outgoingEmails: 350000, emailsWithAttachments: 80000, chatMessages: 2500000 }',
        '  averageSize: { email: 15 KB, attachment: 45 KB, chatMessage: 1 KB }',
        '  currentDatabaseSize: 150 GB',
        'network:', '  agentLatency: 80 ms', '  ucceLatency: 30 ms', '  loginBandwidthPerAgent: 512 kbps', '  steadyBandwidthPerAgent: 64 kbps',
        'security:', '  https: open', '  customersChatFrom: outside', '  fileServerPorts: blocked',
    );
    return `${out.join('\n')}\n`;
}

// ---- Fixtures on disk ---------------------------------------------------------------------------

export interface Fixture {
    name: string;
    /** The folder of .ece files: the deployment. */
    folder: string;
    files: string[];
    objects: number;
    /** The YAML twin (one-file deployments only). */
    yaml?: string;
}

interface FixtureDefinition {
    name: string;
    counts: Counts;
    files: number;
    seed: number;
    yaml: boolean;
    /** A workspace of this many deployments, one folder each (`customer-01`, …), each with its own seed. */
    deployments?: number;
}

/** The 40-deployment workspace: a partner's repository, one realistic-max-sized deployment per customer. */
export const PORTFOLIO = 'portfolio-40';

export const FIXTURES: FixtureDefinition[] = [
    { name: 'realistic-max', counts: REALISTIC_MAX, files: 1, seed: 1500, yaml: true },
    { name: 'stress-10k-1file', counts: stressCounts(10_000), files: 1, seed: 10_000, yaml: true },
    { name: 'stress-10k-100files', counts: stressCounts(10_000), files: 100, seed: 10_000, yaml: false },
    { name: 'stress-50k-1file', counts: stressCounts(50_000), files: 1, seed: 50_000, yaml: true },
    { name: 'stress-50k-100files', counts: stressCounts(50_000), files: 100, seed: 50_000, yaml: false },
    { name: PORTFOLIO, counts: REALISTIC_MAX, files: 1, seed: 1500, yaml: false, deployments: 40 },
];

function writeIfChanged(file: string, text: string): void {
    if (fs.existsSync(file) && fs.readFileSync(file, 'utf8') === text) return;
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
}

/** Writes one fixture (unchanged files are left alone) and returns where it is. */
export function writeFixture(definition: FixtureDefinition, fixturesDir = FIXTURES_DIR, yamlDir = YAML_DIR): Fixture {
    if (definition.deployments) return writeWorkspace(definition, definition.deployments, fixturesDir);
    const title = definition.name === 'realistic-max' ? 'Realistic_Max' : `Stress_${definition.name.replace(/^stress-/, '').replace(/-/g, '_')}`;
    const spec = buildSpec(title, 'Generated benchmark deployment on the 1500-agent configuration', definition.counts, definition.seed);
    const folder = path.join(fixturesDir, definition.name);
    const files = eceFiles(spec, definition.files);
    if (fs.existsSync(folder)) {
        for (const stale of fs.readdirSync(folder)) if (stale.endsWith('.ece') && !files.has(stale)) fs.rmSync(path.join(folder, stale));
    }
    for (const [file, text] of files) writeIfChanged(path.join(folder, file), text);
    let yaml: string | undefined;
    if (definition.yaml) {
        yaml = path.join(yamlDir, definition.name, 'deployment.yaml');
        writeIfChanged(yaml, yamlText(spec));
    }
    return { name: definition.name, folder, files: [...files.keys()].map(f => path.join(folder, f)), objects: objectCount(spec), yaml };
}

export function writeFixtures(only?: readonly string[]): Fixture[] {
    return FIXTURES.filter(f => !only || only.includes(f.name)).map(f => writeFixture(f));
}

/** A workspace folder with one deployment folder per customer, each a one-file deployment of the same size. */
function writeWorkspace(definition: FixtureDefinition, deployments: number, fixturesDir: string): Fixture {
    const workspace = path.join(fixturesDir, definition.name);
    const files: string[] = [];
    let objects = 0;
    for (let i = 1; i <= deployments; i++) {
        const id = String(i).padStart(2, '0');
        const spec = buildSpec(`Customer_${id}`, 'Generated benchmark deployment on the 1500-agent configuration', definition.counts, definition.seed + i);
        for (const [file, text] of eceFiles(spec, definition.files)) {
            files.push(path.join(workspace, `customer-${id}`, file));
            writeIfChanged(files.at(-1)!, text);
        }
        objects += objectCount(spec);
    }
    return { name: definition.name, folder: workspace, files, objects };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
    const only = process.argv.includes('--only') ? process.argv.slice(process.argv.indexOf('--only') + 1) : undefined;
    for (const fixture of writeFixtures(only)) {
        const bytes = fixture.files.reduce((n, f) => n + fs.statSync(f).size, 0);
        console.log(`${fixture.name}: ${fixture.objects.toLocaleString('en-US')} objects, ${fixture.files.length} file(s), ${(bytes / 1e6).toFixed(2)} MB`);
    }
}
