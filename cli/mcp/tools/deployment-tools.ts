/** The tools over the workspace's deployments: the same JSON as `ece check`, `ece size`, `ece growth` and `ece routes`. */
import * as path from 'node:path';
import { z } from 'zod';
import { checkJson } from '../../commands/check.js';
import { analysisOver, growthJson } from '../../commands/growth.js';
import { routesJson } from '../../commands/routes.js';
import { sizeJson } from '../../commands/size.js';
import { checkSchema, growthSchema, routeSchema, sizeSchema, summarySchema } from '../schemas.js';
import { deploymentPath, optionalFolder } from './arguments.js';
import { tool } from './tool.js';

export const listDeployments = tool({
    name: 'list-deployments',
    title: 'List the ECE deployments',
    description: 'Lists the ECE deployments of the workspace: each folder holding .ece files is one deployment. '
        + 'Returns each one\'s path (to pass to the other tools), name, files, sized configuration, total standardized agents '
        + 'and counts of diagnostics. Start here.',
    input: z.object({ path: optionalFolder }),
    output: z.object({
        deployments: z.array(z.object({
            path: z.string().describe('the folder, relative to the workspace: the `path` the other tools take'),
            name: z.string(),
            files: z.array(z.string()),
            configuration: z.string(),
            standardizedAgents: z.number(),
            summary: summarySchema,
        })),
    }),
    async run(args, workspace) {
        const deployments = await workspace.deployments(args.path);
        return {
            deployments: deployments.map(d => ({
                path: workspace.relative(d.folder.path),
                name: d.analysis.deployment.name,
                files: d.folder.documents.map(doc => path.basename(doc.uri.fsPath)),
                configuration: d.analysis.sizing.configuration.name,
                standardizedAgents: d.analysis.sizing.standardizedAgents.total,
                summary: checkJson([d]).summary,
            })),
        };
    },
});

export const check = tool({
    name: 'check',
    title: 'Check deployments',
    description: 'Checks deployments against the ECE 12.0 Design Guide\'s rules, as `ece check --format json` does: every diagnostic '
        + 'with its file, line, column, severity, rule id (`code`) and `url`, the rule\'s documentation (explain-rule gives it too), '
        + 'and a summary. Errors must be fixed; warnings are design problems the guide warns about. '
        + 'Takes a deployment folder, a file, or nothing for the whole workspace.',
    input: z.object({ path: optionalFolder }),
    output: checkSchema,
    async run(args, workspace) {
        return checkJson(await workspace.deployments(args.path));
    },
});

export const size = tool({
    name: 'size',
    title: 'Size a deployment',
    description: 'Sizes one deployment as `ece size --json` does (guide, chapter 2): standardized agents per load line and in total, '
        + 'the configuration it needs (400-agent up to 400 standardized agents, 1500-agent up to 1,500; none above), '
        + 'its servers and OVA template, application servers needed and declared, and the headroom to the configuration\'s limit.',
    input: z.object({ path: deploymentPath }),
    output: sizeSchema,
    async run(args, workspace) {
        return sizeJson(await workspace.deployment(args.path));
    },
});

export const growth = tool({
    name: 'growth',
    title: 'Project database growth',
    description: 'Projects one deployment\'s database growth as `ece growth --json` does (guide, chapter 2, Planning for Database Growth): '
        + 'the inputs from its load profile, MB per month by activity, the size month by month, the declared database disk '
        + 'and the first month it would be full.',
    input: z.object({
        path: deploymentPath,
        months: z.number({ error: 'months must be a whole number of months from 1 to 1200.' })
            .int({ error: 'months must be a whole number of months from 1 to 1200.' })
            .min(1, { error: 'months must be a whole number of months from 1 to 1200.' })
            .max(1200, { error: 'months must be a whole number of months from 1 to 1200.' })
            .optional()
            .describe('The planning horizon in months (default: the deployment\'s ece.config.json, else 36).'),
    }),
    output: growthSchema,
    async run(args, workspace) {
        return growthJson(analysisOver(await workspace.deployment(args.path), args.months));
    },
});

export const routes = tool({
    name: 'routes',
    title: 'Derive the routing table',
    description: 'The routing table of one deployment, as `ece routes --json` gives it: for each ECE queue, its department, MRD, '
        + 'script selector, skill groups and precision queues, and the agents who service it (derived from the Unified CCE '
        + 'configuration). Answers "who services this queue?".',
    input: z.object({ path: deploymentPath }),
    output: z.object({ routes: z.array(routeSchema).describe('the JSON array of `ece routes --json`') }),
    async run(args, workspace) {
        return { routes: routesJson(await workspace.deployment(args.path)) };
    },
});
