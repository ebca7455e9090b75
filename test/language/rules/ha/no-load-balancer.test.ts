import { describe, expect, it } from 'vitest';
import { checkText } from '../../../helpers/check-folder.js';
import { ruleFindings } from '../../../helpers/rule-findings.js';
import { SAMPLE, sampleDeployment } from '../../../helpers/sample-deployment.js';

const ID = 'ha/no-load-balancer';

const findings = (text: string) => ruleFindings(ID, text);

describe(ID, () => {
    it('reports two web servers without a load balancer once, on the first one\'s web role', async () => {
        const text = sampleDeployment({ loadBalancer: '' });
        const result = await findings(text);
        expect(result).toEqual([{
            file: 'main.ece',
            text: 'web',
            message: '2 web servers (ECE_WEB_1 and ECE_ALL_IN_ONE) and no load balancer; the guide puts the web-application '
                + 'servers behind a load balancer that spreads the load and routes around a failed server.',
            severity: 2,
        }]);
        const { diagnostics } = await checkText(text);
        expect(diagnostics.find(d => d.code === ID)?.range.start.line).toBe(text.split('\n').indexOf('server ECE_WEB_1 {') + 1);
    });

    it('names every web server', async () => {
        const three = `${SAMPLE.servers}\n\nserver ECE_WEB_2 {\n    roles web\n}`;
        const [finding] = await findings(sampleDeployment({ servers: three, loadBalancer: '' }));
        expect(finding.message).toMatch(/^3 web servers \(ECE_WEB_1, ECE_ALL_IN_ONE and ECE_WEB_2\) and no load balancer;/);
    });

    it('is silent with a load balancer, or with a single web server', async () => {
        expect(await findings(sampleDeployment())).toEqual([]);
        const single = 'server ECE_ALL_IN_ONE {\n    roles web, application, file, messaging, services, database\n}';
        expect(await findings(sampleDeployment({ servers: single, loadBalancer: '' }))).toEqual([]);
    });
});
