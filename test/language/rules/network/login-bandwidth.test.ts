import { describe, expect, it } from 'vitest';
import { ruleFindings } from '../../../helpers/rule-findings.js';
import { SAMPLE, sampleDeployment } from '../../../helpers/sample-deployment.js';

const ID = 'network/login-bandwidth';
const withBandwidth = (figure: string) => sampleDeployment({ network: SAMPLE.network.replace('login bandwidth 512 kbps', `login bandwidth ${figure}`) });

const findings = (text: string) => ruleFindings(ID, text);

describe(ID, () => {
    it('accepts exactly 384 kbps', async () => {
        expect(await findings(withBandwidth('384 kbps'))).toEqual([]);
    });

    it('reports 383 kbps on the figure, as a warning', async () => {
        expect(await findings(withBandwidth('383 kbps'))).toEqual([{
            file: 'main.ece',
            text: '383 kbps',
            message: 'Login bandwidth is 383 kbps per agent; the guide requires at least 384 kbps per agent connecting to the '
                + 'ECE servers at login.',
            severity: 2,
        }]);
    });

    it('counts 1 Mbps as 1000 kbps', async () => {
        expect(await findings(withBandwidth('0.5 Mbps'))).toEqual([]);
        expect(await findings(withBandwidth('0.384 Mbps'))).toEqual([]);
        const [finding] = await findings(withBandwidth('0.383 Mbps'));
        expect(finding.text).toBe('0.383 Mbps');
        expect(finding.message).toMatch(/^Login bandwidth is 0\.383 Mbps \(383 kbps\) per agent;/);
    });

    it('is silent without the figure or without a network block', async () => {
        expect(await findings(sampleDeployment({ network: 'network {\n    steady bandwidth 10 kbps per agent\n}' }))).toEqual([]);
        expect(await findings(sampleDeployment({ network: '' }))).toEqual([]);
    });
});
