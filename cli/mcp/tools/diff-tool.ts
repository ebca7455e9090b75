/** `diff`: what changing one deployment into another does, as `ece diff --format json` says it. */
import { z } from 'zod';
import { diffJson } from '../../commands/diff.js';
import { deploymentPath } from './arguments.js';
import { tool } from './tool.js';

export const diff = tool({
    name: 'diff',
    title: 'Compare two deployments',
    description: 'Compares two deployment folders of the workspace, `base` and `head`, as `ece diff --format json` does: '
        + 'the configuration and standardized agents by channel, servers to add or remove by role, the OVA template and '
        + 'application servers, database growth per month and the disk-full month, queues that gain or lose agents or are '
        + 'left with none, skill groups newly shared across departments, and the diagnostics introduced and fixed. '
        + '`crossesConfigurationLimit` and `introducesErrors` say whether the change needs a second look. '
        + 'To see a change before writing it, use what-if instead.',
    input: z.object({
        base: deploymentPath.describe('the deployment before the change: a folder or a file in it, relative to the workspace'),
        head: deploymentPath.describe('the deployment after the change: a folder or a file in it, relative to the workspace'),
    }),
    output: z.object({
        base: z.string(),
        head: z.string(),
        deployment: z.unknown().describe('the names before and after'),
        sizing: z.unknown().describe('configuration, OVA, standardized agents by channel, servers by role, application servers: each { before, after }'),
        growth: z.unknown().describe('database growth per month and the disk-full month, { before, after }'),
        routing: z.unknown().describe('queues that gain or lose agents, queues left with no agent, skill groups newly shared across departments'),
        diagnostics: z.unknown().describe('the diagnostics the change introduces and those it fixes'),
        crossesConfigurationLimit: z.boolean(),
        introducesErrors: z.boolean(),
    }),
    async run(args, workspace) {
        const base = await workspace.deployment(args.base);
        const head = await workspace.deployment(args.head);
        return diffJson(base, head, [workspace.relative(base.folder.path), workspace.relative(head.folder.path)]);
    },
});
