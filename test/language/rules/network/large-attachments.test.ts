/** The limit itself is tested with the other network limits in limits.test.ts. */
import { describe, expect, it } from 'vitest';
import { ruleFindings } from '../../../helpers/rule-findings.js';
import { sampleWithFigure } from '../../../helpers/sample-deployment.js';

const ID = 'network/large-attachments';
const findings = (figure: string) => ruleFindings(ID, sampleWithFigure('load', 'average attachment size', figure));

describe(ID, () => {
    it('counts 1 MB as 1024 KB', async () => {
        const [finding] = await findings('1 MB');
        expect(finding.message).toMatch(/^The average attachment is 1 MB \(1,024 KB\);/);
        expect(await findings('0.048 MB')).toEqual([]);
        expect((await findings('0.05 MB')).map(f => f.text)).toEqual(['0.05 MB']);
    });
});
