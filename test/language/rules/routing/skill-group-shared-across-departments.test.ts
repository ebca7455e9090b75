import { describe, expect, it } from 'vitest';
import { ruleFindings } from '../../../helpers/rule-findings.js';

const ID = 'routing/skill-group-shared-across-departments';
const findings = (files: string | Record<string, string>) => ruleFindings(ID, files);

const UCCE = `
mrd Email_MRD { channel inbound email }
skill group Sales_NA { mrd Email_MRD }
skill group Support_NA { mrd Email_MRD }
skill group Escalations_NA { mrd Email_MRD }
agent Clark { skill groups Sales_NA, Support_NA, Escalations_NA }
`;

describe(ID, () => {
    it('reports the reference in the second department\'s queue, naming both departments, as an error', async () => {
        expect(await findings(UCCE + `
            department Sales { queue Sales_Q { skill groups Sales_NA, Escalations_NA } }
            department Support { queue Support_Q { skill groups Support_NA, Escalations_NA } }
        `)).toEqual([{
            file: 'main.ece',
            text: 'Escalations_NA',
            message: 'Skill group Escalations_NA is mapped to queue Support_Q of department Support and to queue Sales_Q of department Sales; the guide asks not to share skill groups and precision queues across departments.',
            severity: 1,
        }]);
    });

    it('lets queues of one department share a skill group', async () => {
        expect(await findings(UCCE + `
            department Sales {
                queue Domestic { skill groups Sales_NA, Escalations_NA }
                queue Global { skill groups Escalations_NA }
            }
        `)).toEqual([]);
    });

    it('reports each further department against the first', async () => {
        const result = await findings(UCCE + `
            department Sales { queue Sales_Q { skill groups Escalations_NA } }
            department Support { queue Support_Q { skill groups Escalations_NA } }
            department Billing { queue Billing_Q { skill groups Escalations_NA } }
        `);
        expect(result.map(f => f.message.slice(0, f.message.indexOf(';')))).toEqual([
            'Skill group Escalations_NA is mapped to queue Support_Q of department Support and to queue Sales_Q of department Sales',
            'Skill group Escalations_NA is mapped to queue Billing_Q of department Billing and to queue Sales_Q of department Sales',
        ]);
    });

    it('ignores precision queues, which have a rule of their own', async () => {
        expect(await findings(`
            mrd Email_MRD { channel inbound email }
            precision queue Gold { mrd Email_MRD }
            department Sales { queue Sales_Q { precision queues Gold } }
            department Support { queue Support_Q { precision queues Gold } }
        `)).toEqual([]);
    });

    it('does not trip over an unresolved skill group, which is reported as such', async () => {
        const text = UCCE + `
            department Sales { queue Sales_Q { skill groups Missing_NA } }
            department Support { queue Support_Q { skill groups Missing_NA } }
        `;
        expect(await findings(text)).toEqual([]);
        expect((await ruleFindings('reference/unresolved', text)).map(f => f.text)).toEqual(['Missing_NA', 'Missing_NA']);
    });

    it('finds a skill group shared by departments written in two files', async () => {
        const result = await findings({
            'ucce.ece': UCCE,
            'sales.ece': 'department Sales { queue Sales_Q { skill groups Escalations_NA } }\n',
            'support.ece': 'department Support {\n    queue Support_Q {\n        skill groups Support_NA, Escalations_NA\n    }\n}\n',
        });
        expect(result.map(f => [f.file, f.text])).toEqual([['support.ece', 'Escalations_NA']]);
    });
});
