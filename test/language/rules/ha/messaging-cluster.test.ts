import { describe, expect, it } from 'vitest';
import { ruleFindings } from '../../../helpers/rule-findings.js';
import { SAMPLE, sampleDeployment } from '../../../helpers/sample-deployment.js';

const ID = 'ha/messaging-cluster';

const findings = (text: string) => ruleFindings(ID, text);

describe(ID, () => {
    it('reports a single messaging server on its messaging role, as information', async () => {
        expect(await findings(sampleDeployment())).toEqual([{
            file: 'main.ece',
            text: 'messaging',
            message: 'ECE_ALL_IN_ONE is the only messaging server; the guide recommends a cluster of messaging servers, so '
                + 'that the application connects to the next one when a server goes down.',
            severity: 3,
        }]);
    });

    it('is silent with a cluster of two messaging servers', async () => {
        expect(await findings(sampleDeployment({ servers: `${SAMPLE.servers}\n\nserver ECE_MESSAGING_2 {\n    roles messaging\n}` }))).toEqual([]);
    });

    it('is silent when no server has the messaging role', async () => {
        expect(await findings(sampleDeployment({ servers: '' }))).toEqual([]);
    });
});
