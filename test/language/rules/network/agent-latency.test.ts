import { describe, expect, it } from 'vitest';
import { checkFolder, checkText } from '../../../helpers/check-folder.js';
import { ruleFixture, SAMPLE, sampleDeployment, textAt } from '../../../helpers/sample-deployment.js';

const ID = 'network/agent-latency';
const withLatency = (figure: string) => sampleDeployment({ network: SAMPLE.network.replace('agent latency 80 ms', `agent latency ${figure}`) });

async function findings(text: string) {
    const { diagnostics } = await checkText(text);
    return diagnostics.filter(d => d.code === ID).map(d => ({ text: textAt(text, d.range), message: d.message, severity: d.severity }));
}

describe(ID, () => {
    it('fires on its fires fixture and not on its passes fixture', async () => {
        expect((await checkFolder(ruleFixture(ID, 'fires'))).codes).toContain(ID);
        expect((await checkFolder(ruleFixture(ID, 'passes'))).codes).not.toContain(ID);
    });

    it('accepts exactly 300 ms', async () => {
        expect(await findings(withLatency('300 ms'))).toEqual([]);
    });

    it('reports 301 ms on the figure, as a warning', async () => {
        expect(await findings(withLatency('301 ms'))).toEqual([{
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
