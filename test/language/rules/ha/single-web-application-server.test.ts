import { describe, expect, it } from 'vitest';
import { ruleFindings } from '../../../helpers/rule-findings.js';
import { sampleDeployment } from '../../../helpers/sample-deployment.js';

const ID = 'ha/single-web-application-server';
const ALL_IN_ONE = 'server ECE_ALL_IN_ONE {\n    roles web, application, file, messaging, services, database\n}';

const findings = (text: string) => ruleFindings(ID, text);

describe(ID, () => {
    it('reports the only server with the web role on that role, as a warning', async () => {
        expect(await findings(sampleDeployment({ servers: ALL_IN_ONE }))).toEqual([{
            file: 'main.ece',
            text: 'web',
            message: 'ECE_ALL_IN_ONE is the only web-application server; the guide highly recommends more than one, so that '
                + 'the load balancer can move users to another when one fails.',
            severity: 2,
        }]);
    });

    it('counts a web server and a collocated web-application server as two', async () => {
        expect(await findings(sampleDeployment())).toEqual([]);
    });

    it('counts servers with the web role, not application servers', async () => {
        const split = 'server ECE_WEB {\n    roles web\n}\n\nserver ECE_APP_1 {\n    roles application\n}\n\nserver ECE_APP_2 {\n    roles application, file, messaging, services, database\n}';
        expect((await findings(sampleDeployment({ servers: split }))).map(f => f.message.split(' ')[0])).toEqual(['ECE_WEB']);
    });

    it('is silent when no server is declared, or none has the web role', async () => {
        expect(await findings(sampleDeployment({ servers: '' }))).toEqual([]);
        expect(await findings(sampleDeployment({ servers: 'server ECE_DB {\n    roles database\n}' }))).toEqual([]);
    });
});
