import { describe, expect, it } from 'vitest';
import { ruleFindings } from '../../../helpers/rule-findings.js';
import { SAMPLE, sampleDeployment } from '../../../helpers/sample-deployment.js';

const ID = 'security/external-chat-dmz';
const OUTSIDE = SAMPLE.security.replace('customers chat from intranet', 'customers chat from outside');
const NOT_IN_DMZ = ' is not in a DMZ; customers chat from outside the intranet, and the guide requires the load balancer '
    + 'and the web servers in a DMZ for such installations.';

const findings = (text: string) => ruleFindings(ID, text);

describe(ID, () => {
    it('accepts the load balancer and the web server in the DMZ, with the all-in-one server in the intranet', async () => {
        expect(await findings(sampleDeployment({ security: OUTSIDE }))).toEqual([]);
    });

    it('reports each of the load balancer and the web servers missing from the DMZ, on its name', async () => {
        const servers = SAMPLE.servers.replace('    in dmz\n', '');
        const loadBalancer = SAMPLE.loadBalancer.replace('\n    in dmz', '');
        expect(await findings(sampleDeployment({ security: OUTSIDE, servers, loadBalancer }))).toEqual([
            { file: 'main.ece', text: 'ECE_LB', message: `Load balancer ECE_LB${NOT_IN_DMZ}`, severity: 2 },
            { file: 'main.ece', text: 'ECE_WEB_1', message: `Web server ECE_WEB_1${NOT_IN_DMZ}`, severity: 2 },
        ]);
    });

    it('reports the statement when nothing could sit in a DMZ', async () => {
        const allInOne = 'server ECE_ALL_IN_ONE {\n    roles web, application, file, messaging, services, database\n}';
        expect(await findings(sampleDeployment({ security: OUTSIDE, servers: allInOne, loadBalancer: '' }))).toEqual([{
            file: 'main.ece',
            text: 'customers chat from outside',
            message: 'Customers chat from outside the intranet, and there is no load balancer or dedicated web server to '
                + 'deploy in a DMZ; the guide requires the load balancer and the web servers in a DMZ for such installations.',
            severity: 2,
        }]);
    });

    it('is silent when customers chat from the intranet, when origin is not said, and without a topology', async () => {
        const loadBalancer = SAMPLE.loadBalancer.replace('\n    in dmz', '');
        expect(await findings(sampleDeployment({ loadBalancer }))).toEqual([]);
        expect(await findings(sampleDeployment({ loadBalancer, security: 'security {\n    https open\n}' }))).toEqual([]);
        expect(await findings(sampleDeployment({ security: OUTSIDE, servers: '', loadBalancer: '' }))).toEqual([]);
    });
});
