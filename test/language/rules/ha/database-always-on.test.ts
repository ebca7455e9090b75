import { describe, expect, it } from 'vitest';
import { ruleFindings } from '../../../helpers/rule-findings.js';
import { SAMPLE, sampleDeployment } from '../../../helpers/sample-deployment.js';

const ID = 'ha/database-always-on';

const findings = (text: string) => ruleFindings(ID, text);

describe(ID, () => {
    it('reports a database server without Always On on its database role, as information', async () => {
        expect(await findings(sampleDeployment())).toEqual([{
            file: 'main.ece',
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
