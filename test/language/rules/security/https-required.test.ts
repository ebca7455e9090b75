import { describe, expect, it } from 'vitest';
import { ruleFindings } from '../../../helpers/rule-findings.js';
import { SAMPLE, sampleDeployment } from '../../../helpers/sample-deployment.js';

const ID = 'security/https-required';

const findings = (text: string) => ruleFindings(ID, text);

describe(ID, () => {
    it('accepts `https open`', async () => {
        expect(await findings(sampleDeployment())).toEqual([]);
    });

    it('reports `https closed` on the statement, as an error', async () => {
        expect(await findings(sampleDeployment({ security: SAMPLE.security.replace('https open', 'https closed') }))).toEqual([{
            file: 'main.ece',
            text: 'https closed',
            message: 'HTTPS is closed at the firewall; the guide requires the HTTPS port to be opened for agents to access ECE.',
            severity: 1,
        }]);
    });

    it('reports a security block that does not open HTTPS on its keyword', async () => {
        expect(await findings(sampleDeployment({ security: SAMPLE.security.replace('    https open\n', '') }))).toEqual([{
            file: 'main.ece',
            text: 'security',
            message: 'The security block does not open HTTPS; the guide requires the HTTPS port to be opened at the firewall '
                + 'for agents to access ECE (add `https open`).',
            severity: 1,
        }]);
    });

    it('is silent without a security block', async () => {
        expect(await findings(sampleDeployment({ security: '' }))).toEqual([]);
    });
});
