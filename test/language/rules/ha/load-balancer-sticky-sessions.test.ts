import { describe, expect, it } from 'vitest';
import { expectRuleFix } from '../../../helpers/check-fix.js';
import { ruleFindings } from '../../../helpers/rule-findings.js';
import { SAMPLE, sampleDeployment } from '../../../helpers/sample-deployment.js';

const ID = 'ha/load-balancer-sticky-sessions';
const withStickiness = (statement: string) => SAMPLE.loadBalancer.replace('sticky sessions cookie', statement);

const findings = (text: string) => ruleFindings(ID, text);

const FIX = 'Use cookie-based sticky sessions on ECE_LB';
const expectFix = (input: string, fixed: string) => expectRuleFix(ID, input, { title: FIX, fixed });

describe(ID, () => {
    it('accepts cookie-based sticky sessions', async () => {
        expect(await findings(sampleDeployment())).toEqual([]);
    });

    it('reports source-IP stickiness on the statement, as an error', async () => {
        expect(await findings(sampleDeployment({ loadBalancer: withStickiness('sticky sessions source-ip') }))).toEqual([{
            file: 'main.ece',
            text: 'sticky sessions source-ip',
            message: 'Load balancer ECE_LB keeps sessions sticky by source IP; the guide requires sticky sessions with cookie-based persistence.',
            severity: 1,
            fix: FIX,
        }]);
    });

    it('reports sticky sessions turned off', async () => {
        const [finding] = await findings(sampleDeployment({ loadBalancer: withStickiness('sticky sessions none') }));
        expect(finding.text).toBe('sticky sessions none');
        expect(finding.message).toBe('Load balancer ECE_LB has sticky sessions turned off; the guide requires sticky sessions with cookie-based persistence.');
    });

    it('reports a load balancer that declares no stickiness on its name', async () => {
        const [finding] = await findings(sampleDeployment({ loadBalancer: SAMPLE.loadBalancer.replace('    sticky sessions cookie\n', '') }));
        expect(finding.text).toBe('ECE_LB');
        expect(finding.message).toContain('ECE_LB declares no sticky sessions');
    });

    it('reports each load balancer on its own and is silent without any', async () => {
        const two = `${SAMPLE.loadBalancer}\n\nload balancer ECE_LB_2 {\n    sticky sessions none\n    health check\n}`;
        expect((await findings(sampleDeployment({ loadBalancer: two }))).map(f => f.message.split(' ')[2])).toEqual(['ECE_LB_2']);
        expect(await findings(sampleDeployment({ loadBalancer: '' }))).toEqual([]);
    });

    describe('fix: add cookie stickiness', () => {
        it('replaces the statement', async () => {
            await expectFix(sampleDeployment({ loadBalancer: withStickiness('sticky sessions source-ip') }), sampleDeployment());
        });

        it('inserts the statement as the block\'s last line, in the file\'s indentation', async () => {
            const without = SAMPLE.loadBalancer.replace('    sticky sessions cookie\n', '');
            await expectFix(sampleDeployment({ loadBalancer: without }),
                sampleDeployment({ loadBalancer: `${without.slice(0, -2)}\n    sticky sessions cookie\n}` }));
        });

        it('follows a file indented with tabs', async () => {
            const tabs = (s: string) => s.replace(/^(?: {4})+/gm, m => '\t'.repeat(m.length / 4));
            await expectFix(tabs(sampleDeployment({ loadBalancer: 'load balancer ECE_LB {\n    health check\n}' })),
                tabs(sampleDeployment({ loadBalancer: 'load balancer ECE_LB {\n    health check\n    sticky sessions cookie\n}' })));
        });

        it('keeps a one-line block on one line', async () => {
            await expectFix(sampleDeployment({ loadBalancer: 'load balancer ECE_LB { health check in dmz }' }),
                sampleDeployment({ loadBalancer: 'load balancer ECE_LB { health check in dmz sticky sessions cookie }' }));
        });

        it('fills an empty block, one level deeper than the block in a two-space file', async () => {
            const twoSpaces = (s: string) => s.replace(/^(?: {4})+/gm, m => ' '.repeat(m.length / 2));
            await expectFix(twoSpaces(sampleDeployment({ loadBalancer: 'load balancer ECE_LB {\n}' })),
                twoSpaces(sampleDeployment({ loadBalancer: 'load balancer ECE_LB {\n    sticky sessions cookie\n}' })));
            await expectFix(sampleDeployment({ loadBalancer: 'load balancer ECE_LB {}' }),
                sampleDeployment({ loadBalancer: 'load balancer ECE_LB { sticky sessions cookie }' }));
        });

        it('keeps CRLF line breaks, a trailing comment and a brace on the last statement\'s line', async () => {
            const crlf = (s: string) => s.replace(/\n/g, '\r\n');
            await expectFix(crlf(sampleDeployment({ loadBalancer: 'load balancer ECE_LB {\n    health check // monitored\n}' })),
                crlf(sampleDeployment({ loadBalancer: 'load balancer ECE_LB {\n    health check // monitored\n    sticky sessions cookie\n}' })));
            await expectFix(sampleDeployment({ loadBalancer: 'load balancer ECE_LB {\n    health check }' }),
                sampleDeployment({ loadBalancer: 'load balancer ECE_LB {\n    health check\n    sticky sessions cookie }' }));
        });
    });
});
