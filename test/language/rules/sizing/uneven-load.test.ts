import { describe, expect, it } from 'vitest';
import { ruleFindings } from '../../../helpers/rule-findings.js';
import { sampleDeployment } from '../../../helpers/sample-deployment.js';

const ID = 'sizing/uneven-load';
const EVENLY = 'the guide asks for the concurrent load to be spread evenly across the web-application servers.';

/** Web servers with the given weights (undefined: no `weight` line) and a back-end server. */
function servers(weights: (number | undefined)[], backEnd = 'server ECE_BACK { roles application, file, messaging, services, database }'): string {
    const web = weights.map((w, i) => `server ECE_WEB_${i + 1} {\n    roles web${w === undefined ? '' : `\n    weight ${w}`}\n}`);
    return [...web, backEnd].join('\n\n');
}

const findings = (text: string) => ruleFindings(ID, sampleDeployment({ servers: text }));

describe(ID, () => {
    it.each([
        { weights: [undefined, undefined], count: 0 },
        { weights: [1, undefined], count: 0 },
        { weights: [3, 3, 3], count: 0 },
        { weights: [2, undefined], count: 1 },
        { weights: [1, 1, 1, 1, 3], count: 1 },
        { weights: [2, 2, undefined], count: 1 },
        { weights: [1, 2, 3], count: 2 },
        { weights: [5], count: 0 },
    ])('web servers weighted $weights: $count findings', async ({ weights, count }) => {
        expect((await findings(servers(weights))).length).toBe(count);
    });

    it('reports the odd weight with each server\'s share of the load, as a warning', async () => {
        expect(await findings(servers([1, 1, 1, 1, 3]))).toEqual([{
            file: 'main.ece', text: '3', severity: 2,
            message: `Web server ECE_WEB_5 has weight 3, 42.9% of the load, while 4 other web servers have weight 1 (14.3% each); ${EVENLY}`,
        }]);
    });

    it('reports a server left at the default weight on its name', async () => {
        expect(await findings(servers([2, 2, undefined]))).toEqual([{
            file: 'main.ece', text: 'ECE_WEB_3', severity: 2,
            message: `Web server ECE_WEB_3 has weight 1 (the default), 20% of the load, while 2 other web servers have weight 2 (40% each); ${EVENLY}`,
        }]);
    });

    it('breaks a tie in favour of the default weight, then of the first server', async () => {
        expect((await findings(servers([2, undefined]))).map(f => f.text)).toEqual(['2']);
        const [finding] = await findings(servers([4, 2]));
        expect(finding.text).toBe('2');
        expect(finding.message).toBe(`Web server ECE_WEB_2 has weight 2, 33.3% of the load, while ECE_WEB_1 has weight 4 (66.7%); ${EVENLY}`);
    });

    it('weighs only the servers behind the load balancer: the web role, collocated or not', async () => {
        const backEnd = 'server ECE_BACK { roles application, file, messaging, services, database\n    weight 7 }';
        expect(await findings(servers([undefined, undefined], backEnd))).toEqual([]);
        const allInOne = 'server ECE_ALL { roles web, application, file, messaging, services, database weight 2 }';
        expect((await findings(servers([undefined], allInOne))).map(f => f.text)).toEqual(['2']);
    });
});
