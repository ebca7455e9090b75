/** The limit itself is tested with the other network limits in limits.test.ts. */
import { describe, expect, it } from 'vitest';
import { ruleFindings } from '../../../helpers/rule-findings.js';
import { sampleWithFigure } from '../../../helpers/sample-deployment.js';

const ID = 'network/login-bandwidth';
const findings = (figure: string) => ruleFindings(ID, sampleWithFigure('network', 'login bandwidth', figure));

describe(ID, () => {
    it('counts 1 Mbps as 1000 kbps', async () => {
        expect(await findings('0.5 Mbps')).toEqual([]);
        expect(await findings('0.384 Mbps')).toEqual([]);
        const [finding] = await findings('0.383 Mbps');
        expect(finding.text).toBe('0.383 Mbps');
        expect(finding.message).toMatch(/^Login bandwidth is 0\.383 Mbps \(383 kbps\) per agent;/);
    });
});
