import { describe, expect, it } from 'vitest';
import { ruleFindings } from '../../../helpers/rule-findings.js';
import { SAMPLE, sampleDeployment } from '../../../helpers/sample-deployment.js';

const ID = 'network/large-attachments';
const withAttachments = (figure: string) => sampleDeployment({ load: SAMPLE.load.replace('average attachment size 5 KB', `average attachment size ${figure}`) });

const findings = (text: string) => ruleFindings(ID, text);

describe(ID, () => {
    it('accepts exactly 50 KB', async () => {
        expect(await findings(withAttachments('50 KB'))).toEqual([]);
    });

    it('reports 51 KB on the figure, as information', async () => {
        expect(await findings(withAttachments('51 KB'))).toEqual([{
            file: 'main.ece',
            text: '51 KB',
            message: 'The average attachment is 51 KB; the guide\'s bandwidth figures accommodate attachments up to 50 KB, '
                + 'and larger ones may slow the agent interface while they download.',
            severity: 3,
        }]);
    });

    it('counts 1 MB as 1024 KB', async () => {
        const [finding] = await findings(withAttachments('1 MB'));
        expect(finding.message).toMatch(/^The average attachment is 1 MB \(1,024 KB\);/);
        expect(await findings(withAttachments('0.048 MB'))).toEqual([]);
        expect((await findings(withAttachments('0.05 MB'))).map(f => f.text)).toEqual(['0.05 MB']);
    });

    it('is silent without an average attachment size or a load profile', async () => {
        expect(await findings(sampleDeployment({ load: SAMPLE.load.replace('    average attachment size 5 KB\n', '') }))).toEqual([]);
        expect(await findings(sampleDeployment({ load: '' }))).toEqual([]);
    });
});
