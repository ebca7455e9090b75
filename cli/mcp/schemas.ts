/**
 * The tools' output schemas: the JSON of `ece size --json`, `ece growth --json`, `ece routes --json`,
 * `ece check --format json` and `ece rules --json`, described for a model. The values are built by
 * the commands' own functions (cli/commands/); each tool's result is checked against its schema by
 * the SDK on every call, and against these types when compiled (see the tools' `satisfies`).
 */
import { z } from 'zod';

const count = z.number().describe('a count');

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
    applicationServersNeeded: count,
    applicationServersDeclared: count,
    headroom: z.number().describe('standardized agents left before the configuration\'s limit (negative past it)'),
    limit: z.number(),
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
