import { describe, expect, it } from 'vitest';
import { ruleFindings } from '../../../helpers/rule-findings.js';

const ID = 'routing/precision-queue-shared-across-departments';
const findings = (files: string | Record<string, string>) => ruleFindings(ID, files);

const UCCE = `
mrd Email_MRD { channel inbound email }
skill group Sales_NA { mrd Email_MRD }
skill group Support_NA { mrd Email_MRD }
precision queue Gold { mrd Email_MRD }
precision queue Silver { mrd Email_MRD }
agent Clark { skill groups Sales_NA, Support_NA precision queues Gold, Silver }
`;

describe(ID, () => {
    it('reports the reference in the second department\'s queue, naming both departments, as an error', async () => {
        expect(await findings(UCCE + `
            department Sales { queue Sales_Q { precision queues Gold } }
            department Support { queue Support_Q { precision queues Silver, Gold } }
        `)).toEqual([{
            file: 'main.ece',
            text: 'Gold',
            message: 'Precision queue Gold is mapped to queue Support_Q of department Support and to queue Sales_Q of department Sales; the guide asks not to share skill groups and precision queues across departments.',
            severity: 1,
        }]);
    });

    it('in queues with both skill groups and precision queues, reports only the shared precision queue', async () => {
        const text = UCCE + `
            department Sales { queue Sales_Q { skill groups Sales_NA precision queues Gold } }
            department Support { queue Support_Q { skill groups Support_NA precision queues Gold } }
        `;
        expect((await findings(text)).map(f => f.text)).toEqual(['Gold']);
        expect(await ruleFindings('routing/skill-group-shared-across-departments', text)).toEqual([]);
    });

    it('lets queues of one department share a precision queue', async () => {
        expect(await findings(UCCE + `
            department Sales {
                queue Domestic { precision queues Gold }
                queue Global { precision queues Gold, Silver }
            }
            department Support { queue Support_Q { precision queues Silver } }
        `)).toEqual([{
            file: 'main.ece',
            text: 'Silver',
            message: 'Precision queue Silver is mapped to queue Support_Q of department Support and to queue Global of department Sales; the guide asks not to share skill groups and precision queues across departments.',
            severity: 1,
        }]);
    });

    it('does not trip over an unresolved precision queue', async () => {
        expect(await findings(UCCE + `
            department Sales { queue Sales_Q { precision queues Platinum } }
            department Support { queue Support_Q { precision queues Platinum } }
        `)).toEqual([]);
    });
});
