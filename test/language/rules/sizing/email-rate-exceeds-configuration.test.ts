import { describe, expect, it } from 'vitest';
import { ruleFindings } from '../../../helpers/rule-findings.js';
import { sampleDeployment } from '../../../helpers/sample-deployment.js';

const ID = 'sizing/email-rate-exceeds-configuration';

const withLoad = (agents: number, incoming: string) =>
    sampleDeployment({ load: `load profile {\n    email ${agents} agents\n    incoming emails ${incoming} per month\n}` });

describe(ID, () => {
    it.each([
        { agents: 40, incoming: '120,000', fires: false },
        { agents: 40, incoming: '120,001', fires: true },
        { agents: 40, incoming: '120000', fires: false },
        { agents: 40, incoming: '120_001', fires: true },
        { agents: 400, incoming: '120,001', fires: true },
        // The guide states no incoming email limit for the 1500-agent configuration.
        { agents: 401, incoming: '200,000', fires: false },
        { agents: 1501, incoming: '200,000', fires: false },
    ])('$agents agents, $incoming incoming emails: fires $fires', async ({ agents, incoming, fires }) => {
        expect((await ruleFindings(ID, withLoad(agents, incoming))).length).toBe(fires ? 1 : 0);
    });

    it('reports on the monthly incoming email figure, as a warning', async () => {
        expect(await ruleFindings(ID, withLoad(40, '130,000'))).toEqual([{
            file: 'main.ece',
            text: '130,000',
            message: '130,000 incoming emails a month; the 400-agent configuration (40 standardized agents) supports up to 120,000 a month.',
            severity: 2,
        }]);
    });

    it('does not count outgoing emails', async () => {
        const text = sampleDeployment({ load: 'load profile {\n    email 40 agents\n    incoming emails 100,000 per month\n    outgoing emails 100,000 per month\n}' });
        expect(await ruleFindings(ID, text)).toEqual([]);
    });
});
