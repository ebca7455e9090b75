import { describe, expect, it } from 'vitest';
import { ruleFindings } from '../../../helpers/rule-findings.js';

const ID = 'routing/skill-group-mrd-mismatch';
const findings = (files: string | Record<string, string>) => ruleFindings(ID, files);

const UCCE = `mrd Email_MRD { channel inbound email }
mrd Chat_MRD { channel chat }
skill group Sales_NA { mrd Email_MRD }
skill group Sales_Chat_NA { mrd Chat_MRD }
skill group Unassigned_NA { }
precision queue Gold { mrd Email_MRD }
precision queue Chat_Gold { mrd Chat_MRD }
agent Clark { skill groups Sales_NA, Sales_Chat_NA, Unassigned_NA precision queues Gold, Chat_Gold }
`;

describe(ID, () => {
    it('reports a skill group of another MRD on its reference in the queue, as an error', async () => {
        expect(await findings({
            'ucce.ece': UCCE,
            'ece.ece': 'department Sales {\n    queue Email_Q {\n        mrd Email_MRD\n        skill groups Sales_NA, Sales_Chat_NA\n    }\n}\n',
        })).toEqual([{
            file: 'ece.ece',
            text: 'Sales_Chat_NA',
            message: "Queue Email_Q is in MRD Email_MRD, but its skill group Sales_Chat_NA is in MRD Chat_MRD; map only skill groups and precision queues of the queue's own MRD.",
            severity: 1,
        }]);
    });

    it('reports a precision queue of another MRD', async () => {
        const result = await findings(UCCE + 'department Sales { queue Chat_Q { mrd Chat_MRD skill groups Sales_Chat_NA precision queues Chat_Gold, Gold } }');
        expect(result.map(f => [f.text, f.message.slice(0, f.message.indexOf(';'))])).toEqual([
            ['Gold', 'Queue Chat_Q is in MRD Chat_MRD, but its precision queue Gold is in MRD Email_MRD'],
        ]);
    });

    it('accepts targets of the queue\'s own MRD', async () => {
        expect(await findings(UCCE + 'department Sales { queue Q { mrd Email_MRD skill groups Sales_NA precision queues Gold } }')).toEqual([]);
    });

    it('cannot judge a queue without an MRD, or a skill group without one', async () => {
        expect(await findings(UCCE + `
            department Sales {
                queue No_MRD { skill groups Sales_NA, Sales_Chat_NA }
                queue Email_Q { mrd Email_MRD skill groups Unassigned_NA }
            }
        `)).toEqual([]);
    });

    it('does not trip over unresolved MRDs or targets', async () => {
        expect(await findings(UCCE + `
            department Sales {
                queue Q1 { mrd Fax_MRD skill groups Sales_Chat_NA }
                queue Q2 { mrd Email_MRD skill groups Sales_Fax_NA precision queues Bronze }
            }
            skill group Odd_NA { mrd Missing_MRD }
            department Support { queue Q3 { mrd Email_MRD skill groups Odd_NA } }
        `)).toEqual([]);
    });
});
