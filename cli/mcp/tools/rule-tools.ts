/** The tools over the rules: `ece rules --json`, and one rule's documentation. */
import { z } from 'zod';
import { similarRuleIds } from '../../../language/rules/catalogue.js';
import { explainRuleJson, rulesJson } from '../../commands/rules.js';
import { ruleExplanationSchema, ruleSchema } from '../schemas.js';
import { ToolError } from '../tool-error.js';
import { tool } from './tool.js';

export const rules = tool({
    name: 'rules',
    title: 'List the rules',
    description: 'Lists every rule id the checker reports, as `ece rules --json` does: default severity, what it checks, the guide\'s '
        + 'section, whether it has a quick-fix, and the link to its documentation.',
    input: z.object({}),
    output: z.object({ rules: z.array(ruleSchema).describe('the JSON array of `ece rules --json`') }),
    run() {
        return { rules: rulesJson() };
    },
});

export const explainRule = tool({
    name: 'explain-rule',
    title: 'Explain a rule',
    description: 'Explains one rule by its id (the `code` of a diagnostic, e.g. "routing/queue-naming"): what it checks, why in the '
        + 'guide\'s words and where, an example that fires, and what its quick-fix does. Use it before fixing a diagnostic.',
    input: z.object({
        id: z.string({ error: 'id is required: a rule id such as "routing/queue-naming" (the rules tool lists them).' })
            .min(1, { error: 'id must not be empty: give a rule id such as "routing/queue-naming".' })
            .describe('The rule id, e.g. "sizing/add-servers".'),
    }),
    output: ruleExplanationSchema,
    run(args) {
        const explanation = explainRuleJson(args.id);
        if (!explanation) {
            const similar = similarRuleIds(args.id);
            throw new ToolError(`There is no rule '${args.id}'.${similar.length > 0 ? ` Did you mean '${similar[0]}'?` : ''} The rules tool lists every rule id.`);
        }
        return explanation;
    },
});
