import { describe, expect, it } from 'vitest';
import { checkFolder, checkText } from '../../../helpers/check-folder.js';
import { ruleFixture, SAMPLE, sampleDeployment, textAt } from '../../../helpers/sample-deployment.js';

const ID = 'ha/messaging-cluster';

async function findings(text: string) {
    const { diagnostics } = await checkText(text);
    return diagnostics.filter(d => d.code === ID).map(d => ({ text: textAt(text, d.range), message: d.message, severity: d.severity }));
}

describe(ID, () => {
    it('fires on its fires fixture and not on its passes fixture', async () => {
        expect((await checkFolder(ruleFixture(ID, 'fires'))).codes).toContain(ID);
        expect((await checkFolder(ruleFixture(ID, 'passes'))).codes).not.toContain(ID);
    });

    it('reports a single messaging server on its messaging role, as information', async () => {
        expect(await findings(sampleDeployment())).toEqual([{
            text: 'messaging',
            message: 'ECE_ALL_IN_ONE is the only messaging server; the guide recommends a cluster of messaging servers, so '
                + 'that the application connects to the next one when a server goes down.',
            severity: 3,
        }]);
    });

    it('is silent with a cluster of two messaging servers', async () => {
        expect(await findings(sampleDeployment({ servers: `${SAMPLE.servers}\n\nserver ECE_MESSAGING_2 {\n    roles messaging\n}` }))).toEqual([]);
    });

    it('is silent when no server has the messaging role', async () => {
        expect(await findings(sampleDeployment({ servers: '' }))).toEqual([]);
    });
});
