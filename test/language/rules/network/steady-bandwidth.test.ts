import { describe, expect, it } from 'vitest';
import { ruleFindings } from '../../../helpers/rule-findings.js';
import { SAMPLE, sampleDeployment } from '../../../helpers/sample-deployment.js';

const ID = 'network/steady-bandwidth';
const withBandwidth = (figure: string) => sampleDeployment({ network: SAMPLE.network.replace('steady bandwidth 64 kbps', `steady bandwidth ${figure}`) });

const findings = (text: string) => ruleFindings(ID, text);

describe(ID, () => {
    it('accepts exactly 40 kbps', async () => {
        expect(await findings(withBandwidth('40 kbps'))).toEqual([]);
    });

    it('reports 39 kbps on the figure, as a warning', async () => {
        expect(await findings(withBandwidth('39 kbps'))).toEqual([{
            file: 'main.ece',
            text: '39 kbps',
            message: 'Steady-state bandwidth is 39 kbps per agent; the guide requires an average of at least 40 kbps per '
                + 'agent after login.',
            severity: 2,
        }]);
    });

    it('counts 1 Mbps as 1000 kbps', async () => {
        expect(await findings(withBandwidth('0.04 Mbps'))).toEqual([]);
        const [finding] = await findings(withBandwidth('0.039 Mbps'));
        expect(finding.message).toMatch(/^Steady-state bandwidth is 0\.039 Mbps \(39 kbps\) per agent;/);
    });

    it('is silent without the figure or without a network block', async () => {
        expect(await findings(sampleDeployment({ network: 'network {\n    login bandwidth 10 kbps per agent\n}' }))).toEqual([]);
        expect(await findings(sampleDeployment({ network: '' }))).toEqual([]);
    });
});
