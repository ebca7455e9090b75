import { describe, expect, it } from 'vitest';
import { checkFolder, checkText } from '../../../helpers/check-folder.js';
import { ruleFixture, SAMPLE, sampleDeployment, textAt } from '../../../helpers/sample-deployment.js';

const ID = 'security/https-required';

async function findings(text: string) {
    const { diagnostics } = await checkText(text);
    return diagnostics.filter(d => d.code === ID).map(d => ({ text: textAt(text, d.range), message: d.message, severity: d.severity }));
}

describe(ID, () => {
    it('fires on its fires fixture and not on its passes fixture', async () => {
        expect((await checkFolder(ruleFixture(ID, 'fires'))).codes).toContain(ID);
        expect((await checkFolder(ruleFixture(ID, 'passes'))).codes).not.toContain(ID);
    });

    it('accepts `https open`', async () => {
        expect(await findings(sampleDeployment())).toEqual([]);
    });

    it('reports `https closed` on the statement, as an error', async () => {
        expect(await findings(sampleDeployment({ security: SAMPLE.security.replace('https open', 'https closed') }))).toEqual([{
            text: 'https closed',
            message: 'HTTPS is closed at the firewall; the guide requires the HTTPS port to be opened for agents to access ECE.',
            severity: 1,
        }]);
    });

    it('reports a security block that does not open HTTPS on its keyword', async () => {
        expect(await findings(sampleDeployment({ security: SAMPLE.security.replace('    https open\n', '') }))).toEqual([{
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
