import { describe, expect, it } from 'vitest';
import { ruleFindings } from '../../../helpers/rule-findings.js';

const ID = 'naming/duplicate';
const findings = (files: string | Record<string, string>) => ruleFindings(ID, files);

describe(ID, () => {
    it('reports the second declaration\'s name, pointing at the first, as an error', async () => {
        expect(await findings('mrd Email_MRD { channel inbound email }\nskill group Sales_NA { mrd Email_MRD }\nagent Clark { skill groups Sales_NA }\nagent Clark { }\n')).toEqual([{
            file: 'main.ece',
            text: 'Clark',
            message: "Duplicate agent 'Clark': already declared at line 3.",
            severity: 1,
        }]);
    });

    it('names the file of the first declaration when it is in another file', async () => {
        expect(await findings({
            'ece.ece': 'department Sales { }\n',
            'ucce.ece': 'mrd Email_MRD { channel inbound email }\n\nmrd Chat_MRD { channel chat }\n',
            'zz-more.ece': '// more\nmrd Chat_MRD { channel chat }\n',
        })).toEqual([{
            file: 'zz-more.ece',
            text: 'Chat_MRD',
            message: "Duplicate MRD 'Chat_MRD': already declared at ucce.ece:3.",
            severity: 1,
        }]);
    });

    it('keeps each kind in its own namespace', async () => {
        expect(await findings(`
            mrd Sales { channel inbound email }
            skill group Sales { mrd Sales }
            precision queue Sales { mrd Sales }
            agent Sales { skill groups Sales }
            script selector Sales { skill groups Sales }
            department Sales { queue Sales { mrd Sales script selector Sales } }
            server Sales { roles web }
            load balancer Sales { sticky sessions cookie health check }
        `)).toEqual([]);
    });

    it('reports every further declaration of a name', async () => {
        const result = await findings('department Sales { queue Q { } }\ndepartment Support { queue Q { } }\ndepartment Billing { queue Q { } }\n');
        expect(result.map(f => f.message)).toEqual([
            "Duplicate queue 'Q': already declared at line 1.",
            "Duplicate queue 'Q': already declared at line 1.",
        ]);
    });
});
