import { describe, expect, it } from 'vitest';
import { checkFolder, checkText } from '../../../helpers/check-folder.js';
import { ruleFixture, SAMPLE, sampleDeployment, textAt } from '../../../helpers/sample-deployment.js';

const ID = 'ha/database-always-on';

async function findings(text: string) {
    const { diagnostics } = await checkText(text);
    return diagnostics.filter(d => d.code === ID).map(d => ({ text: textAt(text, d.range), message: d.message, severity: d.severity }));
}

describe(ID, () => {
    it('fires on its fires fixture and not on its passes fixture', async () => {
        expect((await checkFolder(ruleFixture(ID, 'fires'))).codes).toContain(ID);
        expect((await checkFolder(ruleFixture(ID, 'passes'))).codes).not.toContain(ID);
    });

    it('reports a database server without Always On on its database role, as information', async () => {
        expect(await findings(sampleDeployment())).toEqual([{
            text: 'database',
            message: 'Database server ECE_ALL_IN_ONE is not configured with SQL Server Always On; the guide supports '
                + 'Always On for high availability of the ECE databases.',
            severity: 3,
        }]);
    });

    it('reports each database server without Always On, and only those', async () => {
        const servers = `${SAMPLE.servers}\n\nserver ECE_DB_2 {\n    roles database\n    always on\n}\n\nserver ECE_DB_3 {\n    roles database\n}`;
        expect((await findings(sampleDeployment({ servers }))).map(f => f.message.split(' ')[2])).toEqual(['ECE_ALL_IN_ONE', 'ECE_DB_3']);
    });

    it('is silent with Always On, and without database servers', async () => {
        expect(await findings(sampleDeployment({ servers: SAMPLE.servers.replace('disk 200 GB', 'disk 200 GB\n    always on') }))).toEqual([]);
        expect(await findings(sampleDeployment({ servers: '' }))).toEqual([]);
    });
});
