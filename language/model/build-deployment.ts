/**
 * Langium AST → plain deployment model (deployment.ts). The folder's files are merged into one
 * deployment, as a Terraform module merges its files. References keep their written name and
 * span; whether they resolved comes from Langium's linker.
 *
 * A block's model is kept with its AST node and reused while the node lives: an edit reparses only
 * the blocks around it (langium-overrides/ece-incremental-parse.ts), so a keystroke rebuilds one
 * block's model, not 50,000 (each of which cost more than a parse of the block). Only whether its
 * references resolved can change without the block changing, so that is read again from the linker
 * on every build.
 * Spans stay right as the text around them moves: they are read from the CST when asked.
 */
import type { AstNode, LangiumDocument, Reference } from 'langium';
import * as ast from '../generated/ast.js';
import type * as m from './deployment.js';
import { dimensionOf, isSaneNumber, type Dimension, type Quantity } from './quantity.js';
import type { Located, NameRef } from './span.js';
import { spanOf, spanOfKeyword, spanOfKeywords } from './source-span.js';

export function buildDeployment(folder: string, documents: readonly LangiumDocument[]): m.Deployment {
    const deployment: m.Deployment = {
        folder,
        files: documents.map(d => d.uri.toString()).sort(),
        name: '',
        extraDeclarations: [],
        workflow: {},
        mrds: [], peripherals: [], skillGroups: [], precisionQueues: [], agents: [], scriptSelectors: [],
        departments: [], queues: [], servers: [], loadBalancers: [],
    };
    const sorted = [...documents].sort((a, b) => a.uri.toString().localeCompare(b.uri.toString()));
    for (const document of sorted) {
        const root = document.parseResult.value;
        if (!ast.isEceFile(root)) continue;
        for (const element of root.elements) addElement(deployment, element);
    }
    deployment.name = deployment.declaration?.name ?? lastSegment(folder);
    return deployment;
}

/** The deployment's lists that a standalone block's model goes to. */
type BlockList = 'mrds' | 'peripherals' | 'skillGroups' | 'precisionQueues' | 'agents' | 'scriptSelectors' | 'departments' | 'servers' | 'loadBalancers';
type ItemOf<K extends BlockList> = m.Deployment[K][number];

/**
 * A block's model object, the list `addElement` adds it to, and its references with the names that
 * report them. Data rather than a closure that adds it: 50,000 closures and their contexts took 4.5 MB.
 */
type BlockModel = { [K in BlockList]: { refs: [NameRef, Reference][]; list: K; model: ItemOf<K> } }[BlockList];

const blockModels = new WeakMap<ast.Element, BlockModel>();
/** Where `nameRef` records the references of the block being built. */
let recording: [NameRef, Reference][] | undefined;

function addElement(d: m.Deployment, element: ast.Element): void {
    let block = blockModels.get(element);
    if (block) {
        for (const [name, ref] of block.refs) name.resolved = ref.ref !== undefined;
    } else {
        block = buildBlock(element);
        if (block) {
            block.refs = exact(block.refs);
            blockModels.set(element, block);
        }
    }
    if (block) addBlock(d, block);
    else addMergedElement(d, element);
}

function addBlock(d: m.Deployment, block: BlockModel): void {
    (d[block.list] as ItemOf<BlockList>[]).push(block.model);
    if (block.list === 'departments') for (const q of block.model.queues) d.queues.push(q);
}

function blockOf<K extends BlockList>(refs: [NameRef, Reference][], list: K, model: ItemOf<K>): BlockModel {
    return { refs, list, model } as BlockModel;
}

/** The model of a block that stands alone; undefined for those merged into the deployment as a whole. */
function buildBlock(element: ast.Element): BlockModel | undefined {
    const refs: [NameRef, Reference][] = [];
    recording = refs;
    try {
        switch (element.$type) {
            case 'Mrd': return blockOf(refs, 'mrds', mrd(element));
            case 'Peripheral': return blockOf(refs, 'peripherals', declared(element));
            case 'SkillGroup': return blockOf(refs, 'skillGroups', skillGroup(element));
            case 'PrecisionQueue': {
                const { name, nameSpan, span } = declared(element);
                return blockOf(refs, 'precisionQueues', { name, nameSpan, span, mrd: lastMrd(element.statements) });
            }
            case 'Agent': return blockOf(refs, 'agents', declaredTargets(element));
            case 'ScriptSelector': return blockOf(refs, 'scriptSelectors', declaredTargets(element));
            case 'Department': return blockOf(refs, 'departments', department(element));
            case 'Server': return blockOf(refs, 'servers', server(element));
            case 'LoadBalancer': return blockOf(refs, 'loadBalancers', loadBalancer(element));
            default: return undefined;
        }
    } finally {
        recording = undefined;
    }
}

/** The blocks that add up (load, network, security) or depend on what came before (the declaration). */
function addMergedElement(d: m.Deployment, element: ast.Element): void {
    switch (element.$type) {
        case 'Deployment': return addDeclaration(d, element);
        case 'LoadProfile': d.load = loadProfile(element, d.load); return;
        case 'Network': d.network = network(element, d.network); return;
        case 'Security': d.security = security(element, d.security); return;
    }
}

function declared(node: AstNode & { name: string }): m.Declared {
    // After error recovery a declaration may lack its name; it is kept, nameless, so nothing downstream breaks.
    return { name: node.name ?? '', nameSpan: spanOf(node, 'name'), span: spanOf(node) };
}

function located<T>(value: T, node: AstNode, property?: string): Located<T> {
    return { value, span: spanOf(node, property) };
}

function nameRef(node: AstNode, property: string, ref: Reference, index?: number): NameRef {
    const result = { name: ref.$refText, span: spanOf(node, property, index), resolved: ref.ref !== undefined };
    recording?.push([result, ref]);
    return result;
}

/** A quantity in the expected dimension; a wrong unit is reported by the unit check and ignored here. */
function quantity(q: ast.Quantity | undefined, dimension: Dimension): Quantity | undefined {
    return q && isNumber(q.value) && dimensionOf(q.unit) === dimension ? { value: q.value, unit: q.unit } : undefined;
}

function addDeclaration(d: m.Deployment, node: ast.Deployment): void {
    if (d.declaration) {
        d.extraDeclarations.push(declared(node));
        return;
    }
    const description = node.statements.find(ast.isDescription)?.text;
    const { name, nameSpan, span } = declared(node);
    d.declaration = { name, nameSpan, span, description };
    for (const statement of node.statements) {
        if (ast.isWorkflow(statement)) {
            if (statement.setting && isNumber(statement.count)) d.workflow[statement.setting] = located(statement.count, statement, 'count');
        }
    }
}

function mrd(node: ast.Mrd): m.Mrd {
    const result: m.Mrd = declared(node);
    for (const statement of node.statements) {
        if (ast.isChannel(statement)) {
            const channel: m.Channel | undefined = statement.medium === 'email'
                ? (statement.direction === 'outbound' ? 'outbound-email' : 'inbound-email')
                : statement.medium === 'chat' || statement.medium === 'callback' ? statement.medium : undefined;
            if (channel) result.channel = located(channel, statement);
        } else {
            result.interruptibility = located(statement.value === 'non-interruptible' ? 'non-interruptible' : 'interruptible', statement);
            (result.interruptibilityStatements ??= []).push(result.interruptibility);
        }
    }
    return result;
}

function lastMrd(statements: readonly AstNode[]): NameRef | undefined {
    // A statement damaged by error recovery (`mrd` with no name yet, as while typing) has no reference.
    const assignment = statements.filter(ast.isMrdAssignment).filter(a => a.mrd).at(-1);
    return assignment ? nameRef(assignment, 'mrd', assignment.mrd) : undefined;
}

function skillGroup(node: ast.SkillGroup): m.SkillGroup {
    const peripheral = node.statements.filter(ast.isPeripheralAssignment).filter(p => p.peripheral).at(-1);
    const { name, nameSpan, span } = declared(node);
    return {
        name, nameSpan, span,
        peripheral: peripheral ? nameRef(peripheral, 'peripheral', peripheral.peripheral) : undefined,
        mrd: lastMrd(node.statements),
    };
}

function targets(statements: readonly AstNode[]): m.Targets {
    const result: m.Targets = { skillGroups: [], precisionQueues: [], statements: [] };
    for (const statement of statements) {
        if (ast.isSkillGroupList(statement)) {
            statement.skillGroups.forEach((ref, i) => result.skillGroups.push(nameRef(statement, 'skillGroups', ref, i)));
            result.statements.push(located('skill-groups', statement));
        } else if (ast.isPrecisionQueueList(statement)) {
            statement.precisionQueues.forEach((ref, i) => result.precisionQueues.push(nameRef(statement, 'precisionQueues', ref, i)));
            result.statements.push(located('precision-queues', statement));
        }
    }
    return { skillGroups: exact(result.skillGroups), precisionQueues: exact(result.precisionQueues), statements: exact(result.statements) };
}

/** A declaration with its targets, written out: an object spread gave each of these objects a hidden class of its own. */
function declaredTargets(node: ast.Agent | ast.ScriptSelector | ast.Queue): m.Declared & m.Targets {
    const { name, nameSpan, span } = declared(node);
    const { skillGroups, precisionQueues, statements } = targets(node.statements);
    return { name, nameSpan, span, skillGroups, precisionQueues, statements };
}

/** A copy with no spare room: an array grown by `push` keeps room for 17 items, most lists here hold one to three. */
function exact<T>(items: T[]): T[] {
    return items.length === 0 ? [] : items.slice();
}

function department(node: ast.Department): m.Department {
    const { name, nameSpan, span } = declared(node);
    const department: m.Department = { name, nameSpan, span, queues: [] };
    for (const q of node.queues) {
        const script = q.statements.filter(ast.isScriptSelectorAssignment).filter(a => a.scriptSelector).at(-1);
        const { name, nameSpan, span, skillGroups, precisionQueues, statements } = declaredTargets(q);
        const queue: m.Queue = {
            name, nameSpan, span, skillGroups, precisionQueues, statements,
            department: node.name ?? '',
            mrd: lastMrd(q.statements),
            scriptSelector: script ? nameRef(script, 'scriptSelector', script.scriptSelector) : undefined,
        };
        department.queues.push(queue);
    }
    return department;
}

function server(node: ast.Server): m.Server {
    const { name, nameSpan, span } = declared(node);
    const result: m.Server = { name, nameSpan, span, roles: [] };
    for (const statement of node.statements) {
        if (ast.isRoles(statement)) {
            statement.roles.forEach((role, i) => result.roles.push({ value: role, span: spanOf(statement, 'roles', i) }));
        } else if (ast.isDisk(statement)) {
            const size = quantity(statement.size, 'size');
            if (size) result.disk = located(size, statement, 'size');
        } else if (ast.isInDmz(statement)) {
            result.inDmz = spanOf(statement);
        } else if (ast.isWeight(statement)) {
            if (isNumber(statement.value)) result.weight = located(statement.value, statement, 'value');
        } else {
            result.alwaysOn = spanOf(statement);
        }
    }
    return result;
}

function loadBalancer(node: ast.LoadBalancer): m.LoadBalancer {
    const result: m.LoadBalancer = declared(node);
    for (const statement of node.statements) {
        if (ast.isStickySessions(statement)) { if (statement.method) result.stickiness = located(statement.method, statement); }
        else if (ast.isHealthCheck(statement)) result.healthCheck = spanOf(statement);
        else result.inDmz = spanOf(statement);
    }
    return result;
}

/** Several `load profile` blocks in one deployment add up, as if written in one. */
function loadProfile(node: ast.LoadProfile, previous: m.LoadProfile | undefined): m.LoadProfile {
    const result: m.LoadProfile = previous ?? {
        span: spanOf(node), header: spanOfKeywords(node, 'load', 'profile'), email: [], chat: [], callback: [], monthly: {}, averageSize: {},
    };
    for (const statement of node.statements) {
        switch (statement.$type) {
            case 'EmailLoad':
                if (isNumber(statement.agents)) result.email.push({ agents: statement.agents, emailsPerHour: numberOrUndefined(statement.emailsPerHour), span: spanOf(statement) });
                break;
            case 'ChatLoad':
                if (isNumber(statement.agents)) result.chat.push({ agents: statement.agents, concurrentChats: numberOrUndefined(statement.concurrentChats), span: spanOf(statement) });
                break;
            case 'CallbackLoad':
                if (isNumber(statement.agents)) result.callback.push({ agents: statement.agents, span: spanOf(statement) });
                break;
            case 'MonthlyVolume': {
                const key = VOLUME_KEYS[(statement.kind ?? '').replace(/\s+/g, '')];
                if (key && isNumber(statement.count)) result.monthly[key] = located(statement.count, statement, 'count');
                break;
            }
            case 'AverageSize': {
                const key = SIZE_KEYS[(statement.kind ?? '').replace(/\s+/g, '')];
                const size = quantity(statement.size, 'size');
                if (key && size) result.averageSize[key] = located(size, statement, 'size');
                break;
            }
            case 'DatabaseSize': {
                const size = quantity(statement.size, 'size');
                if (size) result.currentDatabaseSize = located(size, statement, 'size');
                break;
            }
            case 'LoadGrowth': {
                // A rate in another unit or period is reported by the unit check and ignored here.
                const percent = yearlyGrowthPercent(statement);
                if (percent !== undefined) (result.growth ??= {})[(statement.channel ?? 'all') as m.GrowthScope] = located(percent, statement);
                break;
            }
        }
    }
    return result;
}

/** The yearly rate in percent, when written as one (`15 % per year`) and above −100 %. */
export function yearlyGrowthPercent(statement: ast.LoadGrowth): number | undefined {
    if (!isNumber(statement.rate) || statement.unit !== '%' || statement.period !== 'year') return undefined;
    const percent = statement.shrinking ? -statement.rate : statement.rate;
    return percent > -100 ? percent : undefined;
}

const VOLUME_KEYS: Record<string, keyof m.MonthlyVolumes> = {
    incomingemails: 'incomingEmails',
    outgoingemails: 'outgoingEmails',
    emailswithattachments: 'emailsWithAttachments',
    chatmessages: 'chatMessages',
};

const SIZE_KEYS: Record<string, keyof m.AverageSizes> = {
    email: 'email',
    attachment: 'attachment',
    chatmessage: 'chatMessage',
};

function network(node: ast.Network, previous: m.Network | undefined): m.Network {
    const result: m.Network = previous ?? { span: spanOf(node), header: spanOfKeyword(node, 'network') };
    for (const statement of node.statements) {
        const value = quantity(statement.value, ast.isLatency(statement) ? 'duration' : 'bandwidth');
        if (!value) continue;
        const figure = located(value, statement, 'value');
        if (ast.isLatency(statement)) {
            if (statement.link === 'agent') result.agentLatency = figure;
            else if (statement.link) result.ucceLatency = figure;
        } else if (statement.phase === 'login') {
            result.loginBandwidth = figure;
        } else if (statement.phase === 'steady') {
            result.steadyBandwidth = figure;
        }
    }
    return result;
}

function security(node: ast.Security, previous: m.Security | undefined): m.Security {
    const result: m.Security = previous ?? { span: spanOf(node), header: spanOfKeyword(node, 'security') };
    for (const statement of node.statements) {
        if (ast.isHttpsAccess(statement)) {
            if (statement.state) result.https = located(statement.state, statement);
        } else if (ast.isChatOrigin(statement)) {
            if (statement.origin) result.customersChatFrom = located(statement.origin, statement);
        } else if (statement.exposure) {
            result.fileServerPorts = located(statement.exposure, statement);
        }
    }
    return result;
}

/** A number the model takes: a larger one is reported (validation/number-range.ts) and left out. */
function isNumber(value: unknown): value is number {
    return typeof value === 'number' && isSaneNumber(value);
}

function numberOrUndefined(value: unknown): number | undefined {
    return isNumber(value) ? value : undefined;
}

function lastSegment(folder: string): string {
    const trimmed = folder.replace(/\/+$/, '');
    return decodeURIComponent(trimmed.slice(trimmed.lastIndexOf('/') + 1));
}
