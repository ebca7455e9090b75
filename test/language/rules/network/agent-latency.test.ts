/** The limit itself is tested with the other network limits in limits.test.ts. */
import { describe, expect, it } from 'vitest';
import { ruleFindings } from '../../../helpers/rule-findings.js';
import { sampleWithFigure } from '../../../helpers/sample-deployment.js';

const ID = 'network/agent-latency';

describe(ID, () => {
    it('reports a fraction of a millisecond over', async () => {
        const [finding] = await ruleFindings(ID, sampleWithFigure('network', 'agent latency', '300.5 ms'));
        expect(finding.message).toContain('300.5 ms, 0.5 ms over');
    });
});
