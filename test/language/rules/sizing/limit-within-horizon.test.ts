import { describe, expect, it } from 'vitest';
import { ruleFindings } from '../../../helpers/rule-findings.js';
import { sampleDeployment } from '../../../helpers/sample-deployment.js';
import { checkText } from '../../../helpers/check-folder.js';

const ID = 'sizing/limit-within-horizon';

const TWO_APPLICATION_SERVERS = `server ECE_WEB_1 {\n    roles web\n}\n\nserver ECE_APP_1 {\n    roles application\n}\n\nserver ECE_APP_2 {\n    roles application\n}\n\n`
    + 'server ECE_DB {\n    roles file, messaging, services, database\n    disk 200 GB\n}';

const withLoad = (lines: string[], servers?: string) =>
    sampleDeployment({ load: `load profile {\n${lines.map(l => `    ${l}\n`).join('')}}`, ...(servers ? { servers } : {}) });

const findings = (text: string, planningHorizonMonths?: number) =>
    ruleFindings(ID, text, planningHorizonMonths === undefined ? undefined : { planningHorizonMonths });

describe(ID, () => {
    it('names the month and the 1500-agent configuration, and the second application server, on the growth line, as info', async () => {
        // 360 standardized agents passing 400 in month 10 (360 × 1.15^(10/12) = 404.4).
        expect(await findings(withLoad(['callback 360 agents', 'growth 15 % per year']))).toEqual([
            {
                file: 'main.ece', text: 'growth 15 % per year', severity: 3,
                message: 'Growing 15 % a year, the deployment will need the 1500-agent configuration in month 10 (405 standardized '
                    + 'agents, over 400), within the planning horizon of 36 months.',
            },
            {
                file: 'main.ece', text: 'growth 15 % per year', severity: 3,
                message: 'Growing 15 % a year, the deployment will need a second application server in month 10 (2 application '
                    + 'servers for the load at 400 agents each, 1 declared), within the planning horizon of 36 months.',
            },
        ]);
    });

    it('says a third application server', async () => {
        const [finding] = await findings(withLoad(['callback 700 agents', 'growth 15 % per year'], TWO_APPLICATION_SERVERS), 12);
        expect(finding.message).toContain('a third application server in month 12');
    });

    it('says a larger database disk', async () => {
        const lines = ['email 2 agents', 'emails with attachments 50,000 per month', 'average attachment size 5 KB', 'growth 10 % per year'];
        const servers = 'server ECE_WEB_1 {\n    roles web\n}\n\nserver ECE_ALL_IN_ONE {\n    roles web, application, file, messaging, services, database\n    disk 8 GB\n}';
        const result = await findings(withLoad(lines, servers));
        expect(result.map(f => f.message.slice(0, f.message.indexOf(' ('))))
            .toEqual(['Growing 10 % a year, the deployment will need a larger database disk in month 30']);
    });

    it('reports per-channel rates on the first channel growth line', async () => {
        const [finding] = await findings(withLoad(['email 100 agents', 'chat 300 agents', 'chat growth 30 % per year']));
        expect(finding).toMatchObject({ text: 'chat growth 30 % per year' });
        expect(finding.message).toMatch(/^Growing email 0 %, chat 30 %, callback 0 % a year, the deployment will need the 1500-agent configuration in month 1 /);
    });

    it.each([
        { name: 'without growth', lines: ['callback 360 agents'], horizon: undefined },
        { name: 'beyond the horizon', lines: ['callback 360 agents', 'growth 15 % per year'], horizon: 9 },
        { name: 'with a shrinking load', lines: ['callback 399 agents', 'growth -10 % per year'], horizon: undefined },
        { name: 'past the limit today', lines: ['callback 450 agents', 'growth 15 % per year'], horizon: undefined },
    ])('is silent $name', async ({ lines, horizon }) => {
        expect(await findings(withLoad(lines), horizon)).toEqual([]);
    });
});

describe('the growth statement\'s unit', () => {
    it.each([
        { statement: 'growth 15 per year', message: 'A growth rate needs its unit: write it as a yearly percentage, e.g. \'growth 15 % per year\'.' },
        { statement: 'growth 15 KB per year', message: '\'KB\' does not measure a growth rate; write it as a yearly percentage, e.g. \'growth 15 % per year\'.' },
        { statement: 'growth 15 %', message: 'A growth rate needs its period: write it as a yearly percentage, e.g. \'growth 15 % per year\'.' },
        { statement: 'chat growth 2 % per month', message: 'A growth rate is given per year, not per month; write it as a yearly percentage, e.g. \'growth 15 % per year\'.' },
        { statement: 'growth -100 % per year', message: 'A load cannot shrink by 100 % a year or more; write a rate above -100 %.' },
    ])('$statement: syntax/unit', async ({ statement, message }) => {
        const { diagnostics, analysis } = await checkText({ 'main.ece': withLoad(['callback 360 agents', statement]) });
        expect(diagnostics.filter(d => d.code === 'syntax/unit').map(d => d.message)).toEqual([message]);
        expect(analysis.capacity).toBeNull();
    });

    it('accepts a yearly percentage, negative too', async () => {
        const { diagnostics, analysis } = await checkText({ 'main.ece': withLoad(['callback 360 agents', 'growth -5.5 % per year', 'email growth 3 % per year']) });
        expect(diagnostics.filter(d => String(d.code).startsWith('syntax/'))).toEqual([]);
        expect(analysis.capacity?.rates).toEqual({ email: 3, chat: -5.5, callback: -5.5 });
    });
});
