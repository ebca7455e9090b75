import { describe, expect, it } from 'vitest';
import { ruleFindings } from '../../../helpers/rule-findings.js';
import { SAMPLE, sampleDeployment } from '../../../helpers/sample-deployment.js';

const ID = 'ha/services-server-failover';

const findings = (text: string) => ruleFindings(ID, text);

describe(ID, () => {
    it('reports a single services server on its services role, as information', async () => {
        expect(await findings(sampleDeployment())).toEqual([{
            file: 'main.ece',
            text: 'services',
            message: 'ECE_ALL_IN_ONE is the only services server; the guide recommends a primary and a secondary services '
                + 'server, both active, so that the secondary takes over when the primary goes down.',
            severity: 3,
        }]);
    });

    it('is silent with a secondary services server', async () => {
        expect(await findings(sampleDeployment({ servers: `${SAMPLE.servers}\n\nserver ECE_SERVICES_2 {\n    roles services\n}` }))).toEqual([]);
    });

    it('is silent when no server has the services role', async () => {
        expect(await findings(sampleDeployment({ servers: '' }))).toEqual([]);
        expect(await findings(sampleDeployment({ servers: 'server ECE_WEB {\n    roles web, application\n}' }))).toEqual([]);
    });
});
