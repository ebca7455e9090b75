/**
 * The network rules' limits, tested alike: exactly the limit passes, just past it is reported on the
 * figure, and a deployment that does not state the figure is not checked. What is particular to one
 * rule (units, fractions, which link) is in that rule's own test file.
 */
import { describe, expect, it } from 'vitest';
import { ruleFindings } from '../../../helpers/rule-findings.js';
import { SAMPLE, sampleDeployment, sampleWithFigure } from '../../../helpers/sample-deployment.js';

const AS = { 1: 'an error', 2: 'a warning', 3: 'information' } as const;

describe.each([
    {
        id: 'network/agent-latency', block: 'network', statement: 'agent latency', limit: '300 ms', past: '301 ms', severity: 2,
        message: 'Agent-to-ECE one-way latency is 301 ms, 1 ms over the 300 ms the guide permits when agents connect remotely.',
        withoutFigure: 'network {\n    unified cce latency 400 ms\n}',
    },
    {
        id: 'network/ucce-latency', block: 'network', statement: 'unified cce latency', limit: '300 ms', past: '301 ms', severity: 1,
        message: 'ECE-to-Unified CCE one-way latency is 301 ms, 1 ms over the guide\'s maximum of 300 ms between the ECE '
            + 'servers and the Unified CCE servers.',
        withoutFigure: 'network {\n    agent latency 400 ms\n}',
    },
    {
        id: 'network/login-bandwidth', block: 'network', statement: 'login bandwidth', limit: '384 kbps', past: '383 kbps', severity: 2,
        message: 'Login bandwidth is 383 kbps per agent; the guide requires at least 384 kbps per agent connecting to the ECE '
            + 'servers at login.',
        withoutFigure: 'network {\n    steady bandwidth 10 kbps per agent\n}',
    },
    {
        id: 'network/steady-bandwidth', block: 'network', statement: 'steady bandwidth', limit: '40 kbps', past: '39 kbps', severity: 2,
        message: 'Steady-state bandwidth is 39 kbps per agent; the guide requires an average of at least 40 kbps per agent '
            + 'after login.',
        withoutFigure: 'network {\n    login bandwidth 10 kbps per agent\n}',
    },
    {
        id: 'network/large-attachments', block: 'load', statement: 'average attachment size', limit: '50 KB', past: '51 KB', severity: 3,
        message: 'The average attachment is 51 KB; the guide\'s bandwidth figures accommodate attachments up to 50 KB, and '
            + 'larger ones may slow the agent interface while they download.',
        withoutFigure: SAMPLE.load.replace('    average attachment size 5 KB\n', ''),
    },
] as const)('$id', ({ id, block, statement, limit, past, severity, message, withoutFigure }) => {
    const findings = (text: string) => ruleFindings(id, text);

    it(`accepts exactly ${limit}`, async () => {
        expect(await findings(sampleWithFigure(block, statement, limit))).toEqual([]);
    });

    it(`reports ${past} on the figure, as ${AS[severity]}`, async () => {
        expect(await findings(sampleWithFigure(block, statement, past))).toEqual([{ file: 'main.ece', text: past, message, severity }]);
    });

    it(`is silent without the figure or without a ${block} block`, async () => {
        expect(await findings(sampleDeployment({ [block]: withoutFigure }))).toEqual([]);
        expect(await findings(sampleDeployment({ [block]: '' }))).toEqual([]);
    });
});
