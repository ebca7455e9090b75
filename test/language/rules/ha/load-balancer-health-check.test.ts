import { describe, expect, it } from 'vitest';
import { expectRuleFix } from '../../../helpers/check-fix.js';
import { ruleFindings } from '../../../helpers/rule-findings.js';
import { SAMPLE, sampleDeployment } from '../../../helpers/sample-deployment.js';

const ID = 'ha/load-balancer-health-check';
const WITHOUT = SAMPLE.loadBalancer.replace('    health check\n', '');

const findings = (text: string) => ruleFindings(ID, text);

const FIX = 'Add a health check to ECE_LB';
const expectFix = (input: string, fixed: string) => expectRuleFix(ID, input, { title: FIX, fixed });

describe(ID, () => {
    it('reports a load balancer without a health check on its name, as a warning', async () => {
        expect(await findings(sampleDeployment({ loadBalancer: WITHOUT }))).toEqual([{
            file: 'main.ece',
            text: 'ECE_LB',
            message: 'Load balancer ECE_LB does not monitor server health; the guide has the load balancer check the '
                + 'web-application servers and take a failed one out of the pool.',
            severity: 2,
            fix: FIX,
        }]);
    });

    it('is silent with a health check, and without a load balancer', async () => {
        expect(await findings(sampleDeployment())).toEqual([]);
        expect(await findings(sampleDeployment({ loadBalancer: '' }))).toEqual([]);
    });

    describe('fix: add the health check', () => {
        it('adds `health check` as the block\'s last line', async () => {
            await expectFix(sampleDeployment({ loadBalancer: WITHOUT }),
                sampleDeployment({ loadBalancer: `${WITHOUT.slice(0, -2)}\n    health check\n}` }));
        });

        it('keeps a one-line block on one line', async () => {
            await expectFix(sampleDeployment({ loadBalancer: 'load balancer ECE_LB { sticky sessions cookie in dmz }' }),
                sampleDeployment({ loadBalancer: 'load balancer ECE_LB { sticky sessions cookie in dmz health check }' }));
        });

        it('follows a file indented with tabs', async () => {
            const tabs = (s: string) => s.replace(/^(?: {4})+/gm, m => '\t'.repeat(m.length / 4));
            await expectFix(tabs(sampleDeployment({ loadBalancer: WITHOUT })),
                tabs(sampleDeployment({ loadBalancer: `${WITHOUT.slice(0, -2)}\n    health check\n}` })));
        });
    });
});
