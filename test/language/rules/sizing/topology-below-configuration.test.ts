import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectRuleFix } from '../../../helpers/check-fix.js';
import { ruleFindings } from '../../../helpers/rule-findings.js';
import { ruleFixture, SAMPLE, sampleDeployment } from '../../../helpers/sample-deployment.js';

const ID = 'sizing/topology-below-configuration';

const load = (agents: number) => `load profile {\n    callback ${agents} agents\n}`;
const LARGE = [
    ...[1, 2, 3, 4, 5].map(i => `server ECE_WEB_${i} { roles web }`),
    ...[1, 2, 3, 4, 5].map(i => `server ECE_APP_${i} { roles application }`),
    'server ECE_FILE_1 { roles file }', 'server ECE_MSG_1 { roles messaging }',
    'server ECE_SVC_1 { roles services }', 'server ECE_DB_1 { roles database }',
].join('\n');
const ALL_ROLES = 'web, application, file, messaging, services and database';

function readFolder(folder: string): Record<string, string> {
    return Object.fromEntries(fs.readdirSync(folder).map(name => [name, fs.readFileSync(path.join(folder, name), 'utf8')]));
}

describe(ID, () => {
    it.each([
        { agents: 400, servers: SAMPLE.servers, fires: false },
        { agents: 401, servers: SAMPLE.servers, fires: true },
        { agents: 1500, servers: LARGE, fires: false },
        // Over 1500 no configuration applies: sizing/unsupported-agent-count says so.
        { agents: 1501, servers: SAMPLE.servers, fires: false },
    ])('$agents standardized agents: fires $fires', async ({ agents, servers, fires }) => {
        const found = await ruleFindings(ID, sampleDeployment({ load: load(agents), servers }));
        expect(found.length).toBe(fires ? 1 : 0);
    });

    it('reports what the configuration needs and what is missing, on the deployment\'s name', async () => {
        expect(await ruleFindings(ID, sampleDeployment({ load: load(401) }))).toEqual([{
            file: 'main.ece',
            text: 'Sample_Deployment',
            message: 'The 1500-agent configuration (401 standardized agents) needs 5 web servers, 5 application servers, '
                + '1 file server, 1 messaging server, 1 services server and 1 database server; this topology lacks 3 web '
                + 'servers and 4 application servers.',
            severity: 2,
            fix: 'Add the 7 missing servers of the 1500-agent configuration (ECE_WEB_2, ECE_WEB_3, ECE_WEB_4, ECE_APP_1, '
                + 'ECE_APP_2, ECE_APP_3, ECE_APP_4)',
        }]);
    });

    it('describes the 400-agent configuration by its two servers', async () => {
        const [finding] = await ruleFindings(ID, sampleDeployment({ load: load(40), servers: 'server ECE_WEB_1 { roles web }' }));
        expect(finding.message).toBe(`The 400-agent configuration (40 standardized agents) needs 1 web server and 1 server with ${ALL_ROLES}; `
            + `this topology lacks 1 server with ${ALL_ROLES}.`);
    });

    it('counts a collocated server for each of its roles', async () => {
        const distributed = 'server W1 { roles web }\nserver W2 { roles web }\nserver A { roles application }\nserver F { roles file }\n'
            + 'server M { roles messaging }\nserver S { roles services }\nserver D { roles database }';
        expect(await ruleFindings(ID, sampleDeployment({ load: load(400), servers: distributed }))).toEqual([]);
        const webApp = [1, 2, 3, 4, 5].map(i => `server WA${i} { roles web, application }`).join('\n')
            + '\nserver DATA { roles file, messaging, services, database }';
        expect(await ruleFindings(ID, sampleDeployment({ load: load(1500), servers: webApp }))).toEqual([]);
    });

    it('reports on the load profile header without a deployment declaration, and not at all without load', async () => {
        const found = await ruleFindings(ID, `${load(10)}\nserver ECE_WEB_1 { roles web }\n`);
        expect(found.map(f => f.text)).toEqual(['load profile']);
        expect(await ruleFindings(ID, sampleDeployment({ load: '', servers: '' }))).toEqual([]);
        expect(await ruleFindings(ID, sampleDeployment({ load: load(0), servers: '' }))).toEqual([]);
    });

    describe('fix: add the missing servers', () => {
        it('adds the missing web server to the servers\' own file, one line like its neighbours', async () => {
            const files = readFolder(ruleFixture(ID, 'fires'));
            const last = 'server ECE_DB_1 { roles database disk 2 TB always on }';
            const outcome = await expectRuleFix(ID, files, {
                title: 'Add the 1 missing server of the 1500-agent configuration (ECE_WEB_5)',
                fixed: { ...files, 'topology.ece': files['topology.ece'].replace(last, `${last}\nserver ECE_WEB_5 { roles web }`) },
            });
            expect(outcome.diagnostic.file).toBe('ece.ece');
        });

        it('adds the servers of the 1500-agent configuration in the file\'s multi-line style', async () => {
            const added = [2, 3, 4].map(i => `server ECE_WEB_${i} {\n    roles web\n}`)
                .concat([1, 2, 3, 4].map(i => `server ECE_APP_${i} {\n    roles application\n}`));
            await expectRuleFix(ID, sampleDeployment({ load: load(401) }), {
                title: 'Add the 7 missing servers of the 1500-agent configuration (ECE_WEB_2, ECE_WEB_3, ECE_WEB_4, ECE_APP_1, '
                    + 'ECE_APP_2, ECE_APP_3, ECE_APP_4)',
                fixed: sampleDeployment({ load: load(401), servers: [SAMPLE.servers, ...added].join('\n\n') }),
            });
        });

        it('writes the 400-agent configuration\'s servers at the end of a file that has none', async () => {
            const input = sampleDeployment({ load: load(40), servers: '' });
            await expectRuleFix(ID, input, {
                title: 'Add the 2 missing servers of the 400-agent configuration (ECE_ALL_IN_ONE_1, ECE_WEB_1)',
                fixed: `${input}\nserver ECE_ALL_IN_ONE_1 {\n    roles web, application, file, messaging, services, database\n}\n\n`
                    + 'server ECE_WEB_1 {\n    roles web\n}\n',
            });
        });

        it('adds exactly the missing roles to a partial 400-agent topology', async () => {
            const servers = 'server ECE_WEB_1 {\n    roles web\n}\n\nserver ECE_WEB_2 {\n    roles web\n}\n\n'
                + 'server ECE_APP_1 {\n    roles application, file\n}';
            await expectRuleFix(ID, sampleDeployment({ load: load(40), servers }), {
                title: 'Add the 1 missing server of the 400-agent configuration (ECE_MSG_SVC_DB_1)',
                fixed: sampleDeployment({ load: load(40), servers: `${servers}\n\nserver ECE_MSG_SVC_DB_1 {\n    roles messaging, services, database\n}` }),
            });
        });
    });
});
