import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFolder, REPO_ROOT } from '../../../helpers/check-folder.js';
import { ruleFindings } from '../../../helpers/rule-findings.js';

const ID = 'routing/queue-without-agents';
const findings = (files: string | Record<string, string>) => ruleFindings(ID, files);

const UCCE = `mrd Email_MRD { channel inbound email }
skill group Sales_NA { mrd Email_MRD }
skill group Support_NA { mrd Email_MRD }
precision queue Gold { mrd Email_MRD }
`;

describe(ID, () => {
    it('is silent on the guide\'s chapter 1 example, where every queue has agents', async () => {
        expect((await checkFolder(path.join(REPO_ROOT, 'examples/integrated-routing'))).codes).not.toContain(ID);
    });

    it('reports a queue whose skill groups have no agents on its name, as a warning', async () => {
        expect(await findings({
            'ucce.ece': UCCE + 'agent Clark { skill groups Sales_NA }\n',
            'ece.ece': 'department Support {\n    queue Email_MRD_Support {\n        skill groups Support_NA\n        precision queues Gold\n    }\n}\n',
        })).toEqual([{
            file: 'ece.ece',
            text: 'Email_MRD_Support',
            message: "No agent belongs to skill group Support_NA or precision queue Gold of queue Email_MRD_Support, so no agent can service its activities; the guide routes a queue's activities to the agents of its mapped skill groups and precision queues.",
            severity: 2,
        }]);
    });

    it('reports a queue that maps nothing', async () => {
        const [finding] = await findings(UCCE + 'agent Clark { skill groups Sales_NA }\ndepartment Sales { queue Empty_Q { mrd Email_MRD } }');
        expect(finding.text).toBe('Empty_Q');
        expect(finding.message).toBe('Queue Empty_Q maps no skill group or precision queue, so no agent can service its activities; map the skill groups or precision queues of its script selector.');
    });

    it('counts agents who reach a queue through a precision queue only', async () => {
        expect(await findings(UCCE + 'agent Phil { precision queues Gold }\ndepartment Sales { queue Q { skill groups Sales_NA, Support_NA precision queues Gold } }')).toEqual([]);
    });

    it('counts an agent of any one of several skill groups', async () => {
        expect(await findings(UCCE + 'agent Peter { skill groups Support_NA }\ndepartment Sales { queue Q { skill groups Sales_NA, Support_NA } }')).toEqual([]);
    });

    it('does not trip over an unresolved skill group', async () => {
        const [finding] = await findings(UCCE + 'agent Clark { skill groups Sales_NA }\ndepartment Sales { queue Q { skill groups Ghost_NA } }');
        expect(finding.message).toContain('No agent belongs to skill group Ghost_NA of queue Q');
    });
});
