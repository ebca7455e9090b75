import { describe, expect, it } from 'vitest';
import { expectRuleFix } from '../../../helpers/check-fix.js';
import { ruleFindings } from '../../../helpers/rule-findings.js';

const ID = 'routing/queue-script-mismatch';
const findings = (files: string | Record<string, string>) => ruleFindings(ID, files);

/** The Unified CCE side: the script selector routes to two skill groups and, when asked, a precision queue. */
function ucce(scriptTargets = 'skill groups Sales_NA, Sales_EMEA'): string {
    return `mrd Email_MRD { channel inbound email }
skill group Sales_NA { mrd Email_MRD }
skill group Sales_EMEA { mrd Email_MRD }
skill group Support_NA { mrd Email_MRD }
precision queue Gold { mrd Email_MRD }
precision queue Silver { mrd Email_MRD }
agent Clark { skill groups Sales_NA, Sales_EMEA, Support_NA precision queues Gold, Silver }
script selector Sales_Script { ${scriptTargets} }
`;
}

/** The ECE side: one queue whose body is given line by line. */
function ece(...statements: string[]): string {
    return `// ECE side
department Sales {
    queue Email_MRD_Sales_Script {
${statements.map(s => `        ${s}\n`).join('')}    }
}

department Support { }
`;
}

/** The folder: the Unified CCE side, its script selector routing to `scriptTargets`, and the ECE side given. */
const folder = (eceSide: string, scriptTargets?: string) => ({ 'ucce.ece': ucce(scriptTargets), 'ece.ece': eceSide });

const FIX = 'Map the targets of script selector Sales_Script to queue Email_MRD_Sales_Script';
/** Expects the fix to turn the ECE side `before` into `after`, leaving the Unified CCE side as it was. */
const expectFix = (before: string, after: string, scriptTargets?: string) =>
    expectRuleFix(ID, folder(before, scriptTargets), { title: FIX, fixed: folder(after, scriptTargets) });

describe(ID, () => {
    it('reports a missing skill group on the queue\'s skill-group statement, as a warning with a fix', async () => {
        expect(await findings(folder(ece('mrd Email_MRD', 'script selector Sales_Script', 'skill groups Sales_NA')))).toEqual([{
            file: 'ece.ece',
            text: 'skill groups Sales_NA',
            message: "Queue Email_MRD_Sales_Script does not map the targets of its script selector Sales_Script: missing skill group Sales_EMEA. The guide asks that a queue's skill groups and precision queues match the script selector's.",
            severity: 2,
            fix: FIX,
        }]);
    });

    it('compares targets as sets: order and repetition do not matter', async () => {
        expect(await findings(folder(
            ece('precision queues Gold', 'script selector Sales_Script', 'skill groups Sales_EMEA', 'skill groups Sales_NA, Sales_EMEA'),
            'skill groups Sales_NA, Sales_EMEA precision queues Gold',
        ))).toEqual([]);
    });

    it('lists missing and extra targets of both kinds', async () => {
        const [finding] = await findings(folder(
            ece('script selector Sales_Script', 'skill groups Sales_NA, Support_NA', 'precision queues Silver'),
            'skill groups Sales_NA, Sales_EMEA precision queues Gold',
        ));
        expect(finding.text).toBe('skill groups Sales_NA, Support_NA');
        expect(finding.message).toContain(': missing skill group Sales_EMEA and precision queue Gold; extra skill group Support_NA and precision queue Silver.');
    });

    it('in a queue with skill groups and precision queues, points at the list that differs', async () => {
        const [finding] = await findings(folder(
            ece('script selector Sales_Script', 'skill groups Sales_EMEA, Sales_NA', 'precision queues Gold, Silver'),
            'skill groups Sales_NA, Sales_EMEA precision queues Gold',
        ));
        expect(finding.text).toBe('precision queues Gold, Silver');
        expect(finding.message).toContain(': extra precision queue Silver.');
    });

    it('points at the script selector when the queue maps nothing of a kind the script routes to', async () => {
        const [finding] = await findings(folder(
            ece('mrd Email_MRD', 'script selector Sales_Script', 'skill groups Sales_NA, Sales_EMEA'),
            'skill groups Sales_NA, Sales_EMEA precision queues Gold',
        ));
        expect(finding.text).toBe('Sales_Script');
        expect(finding.message).toContain(': missing precision queue Gold.');
    });

    it('says nothing about a queue without a script selector, or with an unresolved one', async () => {
        expect(await findings(folder(ece('mrd Email_MRD', 'skill groups Support_NA')))).toEqual([]);
        expect(await findings(folder(ece('script selector Gone_Script', 'skill groups Support_NA')))).toEqual([]);
    });

    it('does not ask a queue to map a target the script names but nobody declares', async () => {
        expect(await findings(folder(
            ece('script selector Sales_Script', 'skill groups Sales_NA, Sales_EMEA'),
            'skill groups Sales_NA, Sales_EMEA, Sales_APAC',
        ))).toEqual([]);
    });

    describe('fix: map the script\'s targets', () => {
        it('rewrites the skill-group statement, leaving the other file and the rest of this one as they were', async () => {
            await expectFix(
                ece('mrd Email_MRD', 'script selector Sales_Script', 'skill groups Sales_NA // NA first'),
                ece('mrd Email_MRD', 'script selector Sales_Script', 'skill groups Sales_NA, Sales_EMEA // NA first'),
            );
        });

        it('drops extra targets', async () => {
            await expectFix(
                ece('mrd Email_MRD', 'script selector Sales_Script', 'skill groups Support_NA, Sales_NA, Sales_EMEA'),
                ece('mrd Email_MRD', 'script selector Sales_Script', 'skill groups Sales_NA, Sales_EMEA'),
            );
        });

        it('adds a missing statement on its own line, indented like the queue\'s last statement', async () => {
            const script = 'skill groups Sales_NA, Sales_EMEA precision queues Gold';
            await expectFix(
                ece('mrd Email_MRD', 'script selector Sales_Script', 'skill groups Sales_EMEA, Sales_NA'),
                ece('mrd Email_MRD', 'script selector Sales_Script', 'skill groups Sales_EMEA, Sales_NA', 'precision queues Gold'),
                script,
            );
        });

        it('adds a missing statement inside a queue written on one line', async () => {
            const queue = (body: string) => `department Sales { queue Email_MRD_Sales_Script { ${body} } }\n`;
            await expectFix(
                queue('mrd Email_MRD script selector Sales_Script'),
                queue('mrd Email_MRD script selector Sales_Script skill groups Sales_NA, Sales_EMEA'),
            );
        });

        it('removes a statement of a kind the script does not route to, with its line', async () => {
            await expectFix(
                ece('mrd Email_MRD', 'precision queues Gold', 'script selector Sales_Script', 'skill groups Sales_NA, Sales_EMEA'),
                ece('mrd Email_MRD', 'script selector Sales_Script', 'skill groups Sales_NA, Sales_EMEA'),
            );
        });

        it('replaces the removed kind by the missing one in one go', async () => {
            await expectFix(
                ece('mrd Email_MRD', 'script selector Sales_Script', 'precision queues Gold'),
                ece('mrd Email_MRD', 'script selector Sales_Script', 'skill groups Sales_NA, Sales_EMEA'),
            );
        });

        it('merges several statements of a kind into the first', async () => {
            await expectFix(
                ece('skill groups Support_NA', 'mrd Email_MRD', 'skill groups Sales_NA', 'script selector Sales_Script'),
                ece('skill groups Sales_NA, Sales_EMEA', 'mrd Email_MRD', 'script selector Sales_Script'),
            );
        });

        it('keeps statements sharing a line tidy', async () => {
            const queue = (body: string) => `department Sales {\n    queue Email_MRD_Sales_Script {\n        ${body}\n    }\n}\n`;
            await expectFix(
                queue('mrd Email_MRD script selector Sales_Script precision queues Silver skill groups Sales_NA'),
                queue('mrd Email_MRD script selector Sales_Script skill groups Sales_NA, Sales_EMEA'),
            );
        });

        it('is not offered when a missing target is mapped by a queue of another department (the fix would add an error)', async () => {
            const [finding] = await findings({
                'ucce.ece': ucce(),
                'ece.ece': ece('mrd Email_MRD', 'script selector Sales_Script', 'skill groups Sales_NA')
                    .replace('department Support { }', 'department Support {\n    queue Support_Queue { mrd Email_MRD skill groups Sales_EMEA }\n}'),
            });
            expect(finding.message).toContain(': missing skill group Sales_EMEA.');
            expect(finding.fix).toBeUndefined();
        });

        it('uses the file\'s Windows line breaks for an added line', async () => {
            const script = 'skill groups Sales_NA, Sales_EMEA precision queues Gold';
            const crlf = (text: string) => text.replace(/\n/g, '\r\n');
            await expectFix(
                crlf(ece('mrd Email_MRD', 'script selector Sales_Script', 'skill groups Sales_NA, Sales_EMEA')),
                crlf(ece('mrd Email_MRD', 'script selector Sales_Script', 'skill groups Sales_NA, Sales_EMEA', 'precision queues Gold')),
                script,
            );
        });
    });
});
