/** `what-if`: the figures and diagnostics of a deployment before and after proposed `.ece` text, evaluated in memory. */
import { z } from 'zod';
import { checkSchema, growthSchema, sizeSchema } from '../schemas.js';
import { whatIf } from '../what-if.js';
import { deploymentPath } from './arguments.js';
import { tool } from './tool.js';

const state = z.object({ size: sizeSchema, growth: growthSchema, diagnostics: checkSchema.shape.diagnostics, summary: checkSchema.shape.summary });
const value = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export const whatIfTool = tool({
    name: 'what-if',
    title: 'Evaluate a change without writing it',
    description: 'Evaluates a proposed change to one deployment in memory, writing nothing, and returns its figures (as size and growth) '
        + 'and diagnostics (as check) before and after, with `changes`: every figure that differs, e.g. configuration.name from '
        + '"400-agent" to "1500-agent". The `text` is .ece source (see the ece://docs/ai resource) taken as one more file of the '
        + 'deployment: a declaration (server, agent, department, mrd, skill group, …) replaces the one of the same kind and name; '
        + 'a setting in a `load profile`, `network` or `security` block replaces the same setting; load lines (email/chat/callback '
        + 'N agents …) are added to the existing ones, or replace the existing lines of their channel when loadLines is "replace". '
        + 'Example, 300 more chat agents: `load profile { chat 300 agents at 2 concurrent chats }`.',
    input: z.object({
        path: deploymentPath,
        text: z.string({ error: 'text is required: .ece declarations, e.g. "load profile { chat 300 agents at 2 concurrent chats }".' })
            .min(1, { error: 'text must not be empty: give .ece declarations, e.g. "server ECE_APP_2 { roles application }".' })
            .max(1_000_000, { error: 'text must be at most 1,000,000 characters.' })
            .describe('.ece declarations to add to the deployment or to replace its own of the same name.'),
        loadLines: z.enum(['add', 'replace'], { error: 'loadLines must be "add" or "replace".' })
            .default('add')
            .describe('"add" (default): the text\'s load lines come on top of the deployment\'s; "replace": they replace the deployment\'s lines of the same channel.'),
    }),
    output: z.object({
        deployment: z.string(),
        whatIfFile: z.string().describe('the name the text was given in the folder (never written)'),
        loadLines: z.enum(['add', 'replace']),
        replaced: z.array(z.object({ file: z.string(), line: z.number(), text: z.string() }))
            .describe('the deployment\'s declarations and settings that the text replaced'),
        changes: z.array(z.object({ figure: z.string(), before: value, after: value }))
            .describe('every figure of size, growth (monthly projection aside) and diagnostic counts that changed'),
        before: state,
        after: state,
    }),
    run(args, workspace) {
        return whatIf(workspace, args.path, args.text, args.loadLines);
    },
});
