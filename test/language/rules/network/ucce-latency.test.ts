import { describe, expect, it } from 'vitest';
import { checkText } from '../../../helpers/check-folder.js';
import { ruleFindings } from '../../../helpers/rule-findings.js';
import { SAMPLE, sampleDeployment } from '../../../helpers/sample-deployment.js';

const ID = 'network/ucce-latency';
const withLatency = (figure: string) => sampleDeployment({ network: SAMPLE.network.replace('unified cce latency 20 ms', `unified cce latency ${figure}`) });

const findings = (text: string) => ruleFindings(ID, text);

describe(ID, () => {
    it('accepts exactly 300 ms', async () => {
        expect(await findings(withLatency('300 ms'))).toEqual([]);
    });

    it('reports 301 ms on the figure, as an error', async () => {
        expect(await findings(withLatency('301 ms'))).toEqual([{
            file: 'main.ece',
            text: '301 ms',
            message: 'ECE-to-Unified CCE one-way latency is 301 ms, 1 ms over the guide\'s maximum of 300 ms between the ECE '
                + 'servers and the Unified CCE servers.',
            severity: 1,
        }]);
    });

    it('does not confuse the two links', async () => {
        const text = sampleDeployment({ network: 'network {\n    agent latency 20 ms\n    unified cce latency 450 ms\n}' });
        expect((await findings(text)).map(f => f.text)).toEqual(['450 ms']);
        expect((await checkText(text)).codes).not.toContain('network/agent-latency');
    });

    it('is silent without the figure or without a network block', async () => {
        expect(await findings(sampleDeployment({ network: 'network {\n    agent latency 400 ms\n}' }))).toEqual([]);
        expect(await findings(sampleDeployment({ network: '' }))).toEqual([]);
    });
});
