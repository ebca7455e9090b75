import { describe, expect, it } from 'vitest';
import { ruleFindings } from '../../../helpers/rule-findings.js';
import { sampleDeployment } from '../../../helpers/sample-deployment.js';

const ID = 'sizing/database-disk-exhaustion';
/** The guide's worked example: 244.140625 MB a month; 36 months reach 8,789.0625 MB. */
const GUIDE_LOAD = 'load profile {\n    email 2 agents\n    emails with attachments 50,000 per month\n    average attachment size 5 KB\n}';
const REMEDY = 'expand the database server disk (stop the application and SQL Server first).';

const withDisk = (disk: string, load = GUIDE_LOAD) => sampleDeployment({
    load,
    servers: `server ECE_WEB_1 {\n    roles web\n}\n\nserver ECE_ALL_IN_ONE {\n    roles web, application, file, messaging, services, database\n    disk ${disk}\n}`,
});

const findings = (text: string, planningHorizonMonths?: number) =>
    ruleFindings(ID, text, planningHorizonMonths === undefined ? undefined : { planningHorizonMonths });

describe(ID, () => {
    it.each([
        { disk: '8789 MB', horizon: undefined, fires: true },
        { disk: '8789.0625 MB', horizon: undefined, fires: false },
        { disk: '8790 MB', horizon: undefined, fires: false },
        { disk: '8789 MB', horizon: 36, fires: true },
        { disk: '8790 MB', horizon: 37, fires: true },
        { disk: '2929 MB', horizon: 12, fires: true },
        { disk: '2930 MB', horizon: 12, fires: false },
        { disk: '8789 MB', horizon: 12, fires: false },
        { disk: '200 GB', horizon: undefined, fires: false },
    ])('a $disk disk, horizon $horizon: fires $fires', async ({ disk, horizon, fires }) => {
        expect((await findings(withDisk(disk), horizon)).length).toBe(fires ? 1 : 0);
    });

    it('reports the month the disk fills and the size then on the disk figure, as a warning', async () => {
        expect(await findings(withDisk('8789 MB'))).toEqual([{
            file: 'main.ece', text: '8789 MB', severity: 2,
            message: 'The database outgrows the 8,789 MB disk of database server ECE_ALL_IN_ONE in month 36: growing 244.1 MB '
                + `a month, it reaches 8.6 GB then, within the planning horizon of 36 months; ${REMEDY}`,
        }]);
    });

    it('names a custom horizon and starts from the current database size', async () => {
        const load = GUIDE_LOAD.replace('\n}', '\n    current database size 10 GB\n}');
        expect(await findings(withDisk('12 GB', load), 12)).toEqual([{
            file: 'main.ece', text: '12 GB', severity: 2,
            message: 'The database outgrows the 12 GB disk of database server ECE_ALL_IN_ONE in month 9: growing 244.1 MB '
                + `a month from 10 GB, it reaches 12.1 GB then, within the planning horizon of 12 months; ${REMEDY}`,
        }]);
    });

    it('says so when the database is already larger than the disk', async () => {
        const load = GUIDE_LOAD.replace('\n}', '\n    current database size 300 GB\n}');
        const [finding] = await findings(withDisk('200 GB', load));
        expect(finding.message).toBe(`The database is already 300 GB, more than the 200 GB disk of database server ECE_ALL_IN_ONE; ${REMEDY}`);
    });

    it('checks each database server\'s own disk', async () => {
        const text = sampleDeployment({
            load: GUIDE_LOAD,
            servers: 'server DB_A { roles database disk 1 TB }\nserver DB_B { roles database disk 4 GB }\nserver DB_C { roles database }',
        });
        expect((await findings(text)).map(f => f.text)).toEqual(['4 GB']);
    });

    it('is silent without a declared disk or without growth', async () => {
        expect(await findings(sampleDeployment({ load: GUIDE_LOAD, servers: 'server DB { roles database }' }))).toEqual([]);
        expect(await findings(withDisk('1 MB', 'load profile {\n    email 2 agents\n}'))).toEqual([]);
    });
});
