/**
 * The tools' output schemas: the JSON of `ece size --json`, `ece growth --json`, `ece routes --json`,
 * `ece check --format json` and `ece rules --json`, described for a model. The values are built by
 * the commands' own functions (cli/commands/); each tool's result is checked against its schema by
 * the SDK on every call, and against these types when compiled (see the tools' `satisfies`).
 */
import { z } from 'zod';

const count = z.number().describe('a count');

/** One figure as every surface shows it: value, formula with its inputs, the guide's section (docs/figures.md). */
const figureSchema = z.object({
    key: z.string(), label: z.string(), amount: z.number().nullable(), unit: z.string(), value: z.string(),
    formula: z.string(), arithmetic: z.string().describe('the formula with this deployment\'s inputs'), section: z.string(),
});

const capacitySchema = z.unknown().describe('with declared load growth: the load month by month and the months each limit is reached; null without growth');

export const sizeSchema = z.object({
    deployment: z.string().describe('the deployment\'s name'),
    load: z.object({
        email: z.array(z.object({ agents: z.number(), emailsPerHour: z.number(), standardized: z.number() })),
        chat: z.array(z.object({ agents: z.number(), concurrentChats: z.number(), standardized: z.number() })),
        callback: z.array(z.object({ agents: z.number(), standardized: z.number() })),
    }).describe('each load line with its standardized agents (guide, chapter 2, Sizing Inputs)'),
    standardizedAgents: z.object({ email: z.number(), chat: z.number(), callback: z.number(), total: z.number() }),
    configuration: z.object({
        name: z.string().describe('the guide\'s configuration for the total: 400-agent, 1500-agent, or none above 1500'),
        ova: z.string().nullable(),
        servers: z.array(z.object({ count, roles: z.array(z.string()) })),
        serverCount: count,
    }),
    applicationServersNeeded: count.describe('what the configuration requires: its server table, never fewer than the load needs'),
    applicationServersForLoad: count.describe('⌈total ÷ 400⌉: what the load alone needs'),
    applicationServersDeclared: count,
    serversDeclared: count,
    headroom: z.number().describe('standardized agents left before the configuration\'s limit (negative past it)'),
    limit: z.number(),
    summary: z.string().describe('the one-line summary the editor shows over the deployment'),
    figures: z.object({
        lines: z.array(figureSchema), standardizedAgents: z.array(figureSchema), configuration: z.array(figureSchema), roles: z.array(figureSchema),
    }).describe('every figure with its formula and inputs, as the hover shows them'),
    capacity: capacitySchema,
});

export const growthSchema = z.object({
    inputs: z.object({
        incomingEmails: z.number(), outgoingEmails: z.number(), averageEmailKB: z.number(),
        emailsWithAttachments: z.number(), averageAttachmentKB: z.number(), chatMessages: z.number(),
        averageChatMessageKB: z.number(), currentDatabaseMB: z.number(),
    }),
    monthlyMB: z.object({ email: z.number(), attachments: z.number(), chat: z.number(), total: z.number() })
        .describe('database growth per month in MB (guide, chapter 2, Planning for Database Growth)'),
    projection: z.array(z.object({ month: z.number(), totalMB: z.number() })),
    diskGB: z.number().nullable().describe('the database server\'s declared disk, null when none is declared'),
    diskFullMonth: z.number().nullable().describe('the first month the projection exceeds the disk, null when it does not'),
    figures: z.object({ monthlyGrowth: z.array(figureSchema), projection: z.array(figureSchema), disk: figureSchema.nullable() }),
    compoundedMonthlyMB: z.array(z.object({ email: z.number(), attachments: z.number(), chat: z.number(), total: z.number() })).nullable(),
    capacity: capacitySchema,
});

export const routeSchema = z.object({
    department: z.string(),
    queue: z.string(),
    mrd: z.string().nullable(),
    script: z.string().nullable(),
    skillGroups: z.array(z.string()),
    precisionQueues: z.array(z.string()),
    agents: z.array(z.string()).describe('the agents who service the queue'),
});

export const diagnosticSchema = z.object({
    file: z.string().describe('relative to the workspace'),
    uri: z.string(),
    line: z.number(), column: z.number(), endLine: z.number(), endColumn: z.number(),
    severity: z.enum(['error', 'warning', 'info', 'hint']),
    code: z.string().describe('the rule id, e.g. routing/queue-naming'),
    message: z.string(),
    url: z.string().describe('the rule\'s section of the rules reference'),
});

export const summarySchema = z.object({
    deployments: count, files: count, errors: count, warnings: count, infos: count, hints: count,
});

export const checkSchema = z.object({ diagnostics: z.array(diagnosticSchema), summary: summarySchema });

const ruleFields = {
    id: z.string(),
    severity: z.enum(['error', 'warning', 'info', 'hint']),
    defaultSeverity: z.enum(['error', 'warning', 'info', 'hint']),
    description: z.string(),
    guideSection: z.string(),
    kind: z.enum(['rule', 'structural']),
    configurable: z.boolean(),
    fixable: z.boolean(),
    url: z.string(),
};

export const ruleSchema = z.object(ruleFields);

export const ruleExplanationSchema = z.object({
    ...ruleFields,
    category: z.string(),
    suppressible: z.boolean(),
    rationale: z.string().describe('why, in the guide\'s words'),
    example: z.string().nullable().describe('a deployment fragment on which the rule fires'),
    fix: z.string().nullable().describe('what the quick-fix does, null when there is none'),
});
