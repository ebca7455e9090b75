/** The limit itself is tested with the other network limits in limits.test.ts. */
import { describe, expect, it } from 'vitest';
import { ruleFindings } from '../../../helpers/rule-findings.js';
import { sampleWithFigure } from '../../../helpers/sample-deployment.js';

const ID = 'network/steady-bandwidth';
const findings = (figure: string) => ruleFindings(ID, sampleWithFigure('network', 'steady bandwidth', figure));

describe(ID, () => {
    it('counts 1 Mbps as 1000 kbps', async () => {
        expect(await findings('0.04 Mbps')).toEqual([]);
        const [finding] = await findings('0.039 Mbps');
        expect(finding.message).toMatch(/^Steady-state bandwidth is 0\.039 Mbps \(39 kbps\) per agent;/);
    });
});
