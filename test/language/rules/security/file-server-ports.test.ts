import { describe, expect, it } from 'vitest';
import { checkFolder, checkText } from '../../../helpers/check-folder.js';
import { ruleFixture, SAMPLE, sampleDeployment, textAt } from '../../../helpers/sample-deployment.js';

const ID = 'security/file-server-ports';

async function findings(text: string) {
    const { diagnostics } = await checkText(text);
    return diagnostics.filter(d => d.code === ID).map(d => ({ text: textAt(text, d.range), message: d.message, severity: d.severity }));
}

describe(ID, () => {
    it('fires on its fires fixture and not on its passes fixture', async () => {
        expect((await checkFolder(ruleFixture(ID, 'fires'))).codes).toContain(ID);
        expect((await checkFolder(ruleFixture(ID, 'passes'))).codes).not.toContain(ID);
    });

    it('reports exposed file-server ports on the statement, as a warning', async () => {
        expect(await findings(sampleDeployment({ security: SAMPLE.security.replace('blocked', 'exposed') }))).toEqual([{
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
