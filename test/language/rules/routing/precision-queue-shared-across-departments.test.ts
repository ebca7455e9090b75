/** What this rule shares with skill-group-shared-across-departments is tested for both in that rule's test file. */
import { describe, expect, it } from 'vitest';
import { ruleFindings } from '../../../helpers/rule-findings.js';

const ID = 'routing/precision-queue-shared-across-departments';

const UCCE = `
mrd Email_MRD { channel inbound email }
skill group Sales_NA { mrd Email_MRD }
skill group Support_NA { mrd Email_MRD }
precision queue Gold { mrd Email_MRD }
precision queue Silver { mrd Email_MRD }
agent Clark { skill groups Sales_NA, Support_NA precision queues Gold, Silver }
`;

describe(ID, () => {
    it('in queues with both skill groups and precision queues, reports only the shared precision queue', async () => {
        const text = UCCE + `
            department Sales { queue Sales_Q { skill groups Sales_NA precision queues Gold } }
            department Support { queue Support_Q { skill groups Support_NA precision queues Gold } }
        `;
        expect((await ruleFindings(ID, text)).map(f => f.text)).toEqual(['Gold']);
        expect(await ruleFindings('routing/skill-group-shared-across-departments', text)).toEqual([]);
    });
});
