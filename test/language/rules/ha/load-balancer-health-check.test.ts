import { describe, expect, it } from 'vitest';
import { checkFolder, checkText } from '../../../helpers/check-folder.js';
import { applyRuleFix } from '../../../helpers/check-fix.js';
import { ruleFixture, SAMPLE, sampleDeployment, textAt } from '../../../helpers/sample-deployment.js';

const ID = 'ha/load-balancer-health-check';
const WITHOUT = SAMPLE.loadBalancer.replace('    health check\n', '');

async function findings(text: string) {
    const { diagnostics } = await checkText(text);
    return diagnostics.filter(d => d.code === ID).map(d => ({ text: textAt(text, d.range), message: d.message, severity: d.severity }));
}

async function expectFix(input: string, expected: string) {
    const outcome = await applyRuleFix(input, ID);
    expect(outcome.title).toBe('Add a health check to ECE_LB');
    expect(outcome.fixed['main.ece']).toBe(expected);
    expect(outcome.after.codes).not.toContain(ID);
    expect(outcome.newErrors).toEqual([]);
}

describe(ID, () => {
    it('fires on its fires fixture and not on its passes fixture', async () => {
        expect((await checkFolder(ruleFixture(ID, 'fires'))).codes).toContain(ID);
        expect((await checkFolder(ruleFixture(ID, 'passes'))).codes).not.toContain(ID);
    });

    it('reports a load balancer without a health check on its name, as a warning', async () => {
        expect(await findings(sampleDeployment({ loadBalancer: WITHOUT }))).toEqual([{
            text: 'ECE_LB',
            message: 'Load balancer ECE_LB does not monitor server health; the guide has the load balancer check the '
                + 'web-application servers and take a failed one out of the pool.',
            severity: 2,
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
