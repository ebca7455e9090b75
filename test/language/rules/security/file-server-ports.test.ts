import { describe, expect, it } from 'vitest';
import { ruleFindings } from '../../../helpers/rule-findings.js';
import { SAMPLE, sampleDeployment } from '../../../helpers/sample-deployment.js';

const ID = 'security/file-server-ports';

const findings = (text: string) => ruleFindings(ID, text);

describe(ID, () => {
    it('reports exposed file-server ports on the statement, as a warning', async () => {
        expect(await findings(sampleDeployment({ security: SAMPLE.security.replace('blocked', 'exposed') }))).toEqual([{
            file: 'main.ece',
            text: 'file server ports exposed',
            message: 'File-server ports 139 and 445 are exposed outside the firewall; the guide has them blocked from outside '
                + 'the firewall, with the web servers reaching the file server from within it.',
            severity: 2,
        }]);
    });

    it('is silent when the ports are blocked, not mentioned, or there is no security block', async () => {
        expect(await findings(sampleDeployment())).toEqual([]);
        expect(await findings(sampleDeployment({ security: 'security {\n    https open\n}' }))).toEqual([]);
        expect(await findings(sampleDeployment({ security: '' }))).toEqual([]);
    });
});
