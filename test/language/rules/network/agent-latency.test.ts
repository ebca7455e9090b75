import { describe, expect, it } from 'vitest';
import { ruleFindings } from '../../../helpers/rule-findings.js';
import { SAMPLE, sampleDeployment } from '../../../helpers/sample-deployment.js';

const ID = 'network/agent-latency';
const withLatency = (figure: string) => sampleDeployment({ network: SAMPLE.network.replace('agent latency 80 ms', `agent latency ${figure}`) });

const findings = (text: string) => ruleFindings(ID, text);

describe(ID, () => {
    it('accepts exactly 300 ms', async () => {
        expect(await findings(withLatency('300 ms'))).toEqual([]);
    });

    it('reports 301 ms on the figure, as a warning', async () => {
        expect(await findings(withLatency('301 ms'))).toEqual([{
            file: 'main.ece',
            text: '301 ms',
            message: 'Agent-to-ECE one-way latency is 301 ms, 1 ms over the 300 ms the guide permits when agents connect remotely.',
            severity: 2,
        }]);
    });

    it('reports a fraction of a millisecond over', async () => {
        const [finding] = await findings(withLatency('300.5 ms'));
        expect(finding.message).toContain('300.5 ms, 0.5 ms over');
    });

    it('is silent without the figure or without a network block', async () => {
        expect(await findings(sampleDeployment({ network: 'network {\n    unified cce latency 400 ms\n}' }))).toEqual([]);
        expect(await findings(sampleDeployment({ network: '' }))).toEqual([]);
    });
});
