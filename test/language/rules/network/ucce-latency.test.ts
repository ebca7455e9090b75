/** The limit itself is tested with the other network limits in limits.test.ts. */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../../helpers/check-folder.js';
import { ruleFindings } from '../../../helpers/rule-findings.js';
import { sampleDeployment } from '../../../helpers/sample-deployment.js';

const ID = 'network/ucce-latency';

describe(ID, () => {
    it('does not confuse the two links', async () => {
        const text = sampleDeployment({ network: 'network {\n    agent latency 20 ms\n    unified cce latency 450 ms\n}' });
        expect((await ruleFindings(ID, text)).map(f => f.text)).toEqual(['450 ms']);
        expect((await checkText(text)).codes).not.toContain('network/agent-latency');
    });
});
