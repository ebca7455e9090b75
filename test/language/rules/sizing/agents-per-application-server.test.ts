import { describe, expect, it } from 'vitest';
import { checkFolder, writeTempFolder } from '../../../helpers/check-folder.js';
import { applyRuleFix, expectRuleFix } from '../../../helpers/check-fix.js';
import { ruleFindings } from '../../../helpers/rule-findings.js';
import { SAMPLE, sampleDeployment } from '../../../helpers/sample-deployment.js';

const ID = 'sizing/agents-per-application-server';

const load = (agents: number) => `load profile {\n    callback ${agents} agents\n}`;
const oneLine = (names: string[], roles: string) => names.map(n => `server ${n} { roles ${roles} }`).join('\n');

describe(ID, () => {
    it.each([
        { agents: 400, app: 1, fires: false },
        { agents: 401, app: 1, fires: true },
        { agents: 800, app: 2, fires: false },
        { agents: 801, app: 2, fires: true },
        { agents: 1200, app: 3, fires: false },
        { agents: 1500, app: 3, fires: true },
        { agents: 1500, app: 4, fires: false },
        { agents: 1501, app: 3, fires: true },
        { agents: 1501, app: 4, fires: false },
    ])('$agents standardized agents on $app application servers: fires $fires', async ({ agents, app, fires }) => {
        const servers = `${SAMPLE.servers}\n\n${oneLine(Array.from({ length: app - 1 }, (_, i) => `APP_${i + 1}`), 'application')}`;
        const found = await ruleFindings(ID, sampleDeployment({ load: load(agents), servers }));
        expect(found.length).toBe(fires ? 1 : 0);
    });

    it('reports the load per server on the last application server\'s `application` role, as an error', async () => {
        const servers = oneLine(['ECE_WEB_1', 'ECE_WEB_2'], 'web') + '\n' + oneLine(['ECE_APP_1', 'ECE_APP_2'], 'application')
            + '\n' + oneLine(['ECE_DATA'], 'file, messaging, services, database');
        const found = await ruleFindings(ID, sampleDeployment({ load: load(1001), servers }));
        expect(found).toEqual([{
            file: 'main.ece',
            text: 'application',
            message: '1,001 standardized agents on 2 application servers, 500.5 per server; the guide allows 400 per '
                + 'application server, so the load needs 3.',
            severity: 1,
            fix: 'Add 1 application server (ECE_APP_3)',
        }]);
        const text = sampleDeployment({ load: load(1001), servers });
        const line = text.split('\n').findIndex(l => l.startsWith('server ECE_APP_2'));
        const { diagnostics } = await checkFolder(writeTempFolder({ 'main.ece': text }));
        expect(diagnostics.find(d => d.code === ID)?.range.start.line).toBe(line);
    });

    it('names the single server in the singular', async () => {
        const [finding] = await ruleFindings(ID, sampleDeployment({ load: load(401) }));
        expect(finding.message).toBe('401 standardized agents on 1 application server; the guide allows 400 per application '
            + 'server, so the load needs 2.');
    });

    it('reports servers without the application role on the load profile header', async () => {
        const found = await ruleFindings(ID, sampleDeployment({ load: load(12), servers: 'server ECE_WEB_1 { roles web }' }));
        expect(found.map(f => [f.text, f.message])).toEqual([['load profile',
            '12 standardized agents and no application server; the guide allows 400 per application server, so the load needs 1.']]);
    });

    it('leaves a deployment without servers, or without agents, to other rules', async () => {
        expect(await ruleFindings(ID, sampleDeployment({ load: load(900), servers: '' }))).toEqual([]);
        expect(await ruleFindings(ID, sampleDeployment({ load: '', servers: 'server ECE_WEB_1 { roles web }' }))).toEqual([]);
    });

    describe('fix: add application servers', () => {
        it('adds a block in the file\'s multi-line style after the last server', async () => {
            await expectRuleFix(ID, sampleDeployment({ load: load(401) }), {
                title: 'Add 1 application server (ECE_APP_1)',
                fixed: sampleDeployment({ load: load(401), servers: `${SAMPLE.servers}\n\nserver ECE_APP_1 {\n    roles application\n}` }),
            });
        });

        it('continues the numbering of the application servers and keeps one-line servers aligned', async () => {
            const before = [
                'server ECE_WEB_1      { roles web }',
                'server ECE_WEB_2      { roles web }',
                'server ECE_APP_1      { roles application }',
                'server ECE_DATA       { roles file, messaging, services, database }',
            ].join('\n');
            const after = `${before}\nserver ECE_APP_2      { roles application }\nserver ECE_APP_3      { roles application }`;
            await expectRuleFix(ID, sampleDeployment({ load: load(1000), servers: before }), {
                title: 'Add 2 application servers (ECE_APP_2, ECE_APP_3)',
                fixed: sampleDeployment({ load: load(1000), servers: after }),
            });
        });

        it('follows tabs, CRLF line breaks, braces on their own line and lower-case dashed names', async () => {
            const servers = 'server ece-web-1\r\n{\r\n\troles web\r\n}\r\n\r\nserver ece-all\r\n{\r\n\troles web, application, file, messaging, services, database\r\n}';
            const input = `load profile {\r\n\tcallback 401 agents\r\n}\r\n\r\n${servers}\r\n`;
            await expectRuleFix(ID, input, {
                title: 'Add 1 application server (ece-app-1)',
                fixed: `${input}\r\nserver ece-app-1\r\n{\r\n\troles application\r\n}\r\n`,
            });
        });

        it('never reuses a declared server name', async () => {
            const servers = 'server ECE_APP_1 { roles web }\nserver ECE_DATA { roles file, messaging, services, database }';
            const outcome = await applyRuleFix(sampleDeployment({ load: load(12), servers }), ID);
            expect(outcome.title).toBe('Add 1 application server (ECE_APP_2)');
            expect(outcome.fixed['main.ece']).toContain('server ECE_DATA { roles file, messaging, services, database }\nserver ECE_APP_2 { roles application }\n');
            expect(outcome.newErrors).toEqual([]);
        });

        it('adds after the last server, in the file that holds it', async () => {
            const files = {
                'main.ece': sampleDeployment({ load: load(401), servers: '' }),
                'servers.ece': '// Topology\n\nserver WEB-1 { roles web }\nserver ALL-1 { roles web, application, file, messaging, services, database }\n\n// end\n',
            };
            await expectRuleFix(ID, files, {
                title: 'Add 1 application server (APP-1)',
                fixed: {
                    'main.ece': files['main.ece'],
                    'servers.ece': '// Topology\n\nserver WEB-1 { roles web }\n'
                        + 'server ALL-1 { roles web, application, file, messaging, services, database }\nserver APP-1 { roles application }\n\n// end\n',
                },
            });
        });
    });
});
