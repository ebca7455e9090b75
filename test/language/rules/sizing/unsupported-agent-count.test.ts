import { describe, expect, it } from 'vitest';
import { ruleFindings } from '../../../helpers/rule-findings.js';
import { sampleDeployment } from '../../../helpers/sample-deployment.js';

const ID = 'sizing/unsupported-agent-count';

const withLoad = (...lines: string[]) => sampleDeployment({ load: `load profile {\n${lines.map(l => `    ${l}\n`).join('')}}` });

describe(ID, () => {
    it.each([
        { agents: 400, fires: false },
        { agents: 401, fires: false },
        { agents: 1500, fires: false },
        { agents: 1501, fires: true },
        { agents: 3000, fires: true },
    ])('$agents standardized agents: fires $fires', async ({ agents, fires }) => {
        const found = await ruleFindings(ID, withLoad(`callback ${agents} agents`));
        expect(found.length).toBe(fires ? 1 : 0);
    });

    it('reports the total with its channels on the load profile header, as an error', async () => {
        expect(await ruleFindings(ID, withLoad('email 1200 agents at 6 emails per hour', 'chat 301 agents'))).toEqual([{
            file: 'main.ece',
            text: 'load profile',
            message: '1,501 standardized agents (1,200 email and 301 chat); one ECE deployment supports at most 1,500, '
                + 'the largest configuration of the guide.',
            severity: 1,
        }]);
    });

    it('counts the standardized figure, not the head count: 1000 agents at 9 emails an hour are 1500', async () => {
        expect(await ruleFindings(ID, withLoad('email 1000 agents at 9 emails per hour'))).toEqual([]);
        const [finding] = await ruleFindings(ID, withLoad('email 1000 agents at 9.1 emails per hour'));
        expect(finding.message).toMatch(/^1,517 standardized agents \(1,516.7 email\)/);
    });

    it('is silent without a load profile', async () => {
        expect(await ruleFindings(ID, sampleDeployment({ load: '' }))).toEqual([]);
    });
});
