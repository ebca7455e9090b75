import { describe, expect, it } from 'vitest';
import { ruleFindings } from '../../../helpers/rule-findings.js';

const ID = 'routing/skill-group-shared-across-departments';
const SHARING = 'the guide asks not to share skill groups and precision queues across departments.';

const UCCE = `
mrd Email_MRD { channel inbound email }
skill group Sales_NA { mrd Email_MRD }
skill group Support_NA { mrd Email_MRD }
skill group Escalations_NA { mrd Email_MRD }
precision queue Gold { mrd Email_MRD }
precision queue Silver { mrd Email_MRD }
precision queue Bronze { mrd Email_MRD }
agent Clark { skill groups Sales_NA, Support_NA, Escalations_NA precision queues Gold, Silver, Bronze }
`;

/** Both rules are sharedAcrossDepartments, for skill groups and for precision queues: one test of each case for both. */
describe.each([
    { id: ID, kind: 'Skill group', list: 'skill groups', shared: 'Escalations_NA', own: ['Sales_NA', 'Support_NA'] },
    { id: 'routing/precision-queue-shared-across-departments', kind: 'Precision queue', list: 'precision queues', shared: 'Gold', own: ['Bronze', 'Silver'] },
])('$id', ({ id, kind, list, shared, own: [first, second] }) => {
    const findings = (files: string | Record<string, string>) => ruleFindings(id, files);

    it('reports the reference in the second department\'s queue, naming both departments, as an error', async () => {
        expect(await findings(UCCE + `
            department Sales { queue Sales_Q { ${list} ${first}, ${shared} } }
            department Support { queue Support_Q { ${list} ${second}, ${shared} } }
        `)).toEqual([{
            file: 'main.ece',
            text: shared,
            message: `${kind} ${shared} is mapped to queue Support_Q of department Support and to queue Sales_Q of department Sales; ${SHARING}`,
            severity: 1,
        }]);
    });

    it('lets queues of one department share a target, and names the first queue that maps it', async () => {
        expect(await findings(UCCE + `
            department Sales {
                queue Domestic { ${list} ${first}, ${shared} }
                queue Global { ${list} ${shared}, ${second} }
            }
            department Support { queue Support_Q { ${list} ${second} } }
        `)).toEqual([{
            file: 'main.ece',
            text: second,
            message: `${kind} ${second} is mapped to queue Support_Q of department Support and to queue Global of department Sales; ${SHARING}`,
            severity: 1,
        }]);
    });

    it('reports each further department against the first', async () => {
        const result = await findings(UCCE + `
            department Sales { queue Sales_Q { ${list} ${shared} } }
            department Support { queue Support_Q { ${list} ${shared} } }
            department Billing { queue Billing_Q { ${list} ${shared} } }
        `);
        expect(result.map(f => f.message.slice(0, f.message.indexOf(';')))).toEqual([
            `${kind} ${shared} is mapped to queue Support_Q of department Support and to queue Sales_Q of department Sales`,
            `${kind} ${shared} is mapped to queue Billing_Q of department Billing and to queue Sales_Q of department Sales`,
        ]);
    });

    it('does not trip over an unresolved target, which is reported as such', async () => {
        const text = UCCE + `
            department Sales { queue Sales_Q { ${list} Missing_Target } }
            department Support { queue Support_Q { ${list} Missing_Target } }
        `;
        expect(await findings(text)).toEqual([]);
        expect((await ruleFindings('reference/unresolved', text)).map(f => f.text)).toEqual(['Missing_Target', 'Missing_Target']);
    });

    it('finds a target shared by departments written in two files', async () => {
        const result = await findings({
            'ucce.ece': UCCE,
            'sales.ece': `department Sales { queue Sales_Q { ${list} ${shared} } }\n`,
            'support.ece': `department Support {\n    queue Support_Q {\n        ${list} ${second}, ${shared}\n    }\n}\n`,
        });
        expect(result.map(f => [f.file, f.text])).toEqual([['support.ece', shared]]);
    });
});

describe(ID, () => {
    it('ignores precision queues, which have a rule of their own', async () => {
        expect(await ruleFindings(ID, `
            mrd Email_MRD { channel inbound email }
            precision queue Gold { mrd Email_MRD }
            department Sales { queue Sales_Q { precision queues Gold } }
            department Support { queue Support_Q { precision queues Gold } }
        `)).toEqual([]);
    });
});
