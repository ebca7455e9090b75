import { describe, expect, it } from 'vitest';
import { ruleFindings } from '../../../helpers/rule-findings.js';

const ID = 'naming/duplicate-deployment';
const findings = (files: string | Record<string, string>) => ruleFindings(ID, files);

describe(ID, () => {
    it('reports a second deployment declaration in another file of the folder, as an error', async () => {
        expect(await findings({
            'ece.ece': 'deployment Prod {\n    workflow processes 2\n}\n',
            'ucce.ece': 'deployment Lab\nmrd Email_MRD { channel inbound email }\n',
        })).toEqual([{
            file: 'ucce.ece',
            text: 'Lab',
            message: "Deployment 'Lab' is a second declaration in this folder, which already declares 'Prod'; one deployment per folder.",
            severity: 1,
        }]);
    });

    it('reports every extra declaration in one file', async () => {
        expect((await findings('deployment Prod\ndeployment Lab\ndeployment Test\n')).map(f => f.text)).toEqual(['Lab', 'Test']);
    });

    it('accepts one declaration, and a folder without any', async () => {
        expect(await findings('deployment Prod\nmrd Email_MRD { channel inbound email }\n')).toEqual([]);
        expect(await findings('mrd Email_MRD { channel inbound email }\n')).toEqual([]);
    });
});
