import { describe, expect, it } from 'vitest';
import type { NameRef } from '../../../../language/model/span.js';
import { referencesToQueue } from '../../../../language/rules/routing/queue-naming.js';
import { checkText } from '../../../helpers/check-folder.js';
import { applyRuleFix, expectRuleFix } from '../../../helpers/check-fix.js';
import { ruleFindings } from '../../../helpers/rule-findings.js';

const ID = 'routing/queue-naming';
const findings = (files: string | Record<string, string>) => ruleFindings(ID, files);

const UCCE = `mrd Email_MRD { channel inbound email }
skill group Sales_NA { mrd Email_MRD }
skill group Support_NA { mrd Email_MRD }
agent Clark { skill groups Sales_NA, Support_NA }
script selector Sales_Email_Script { skill groups Sales_NA }
script selector Support_Email_Script { skill groups Support_NA }
`;

function ece(salesQueue: string, supportQueue = 'Email_MRD_Support_Email_Script'): string {
    return `// ECE side
department Sales {
    queue ${salesQueue} {
        mrd Email_MRD
        script selector Sales_Email_Script
        skill groups Sales_NA
    }
}

department Support {
    queue ${supportQueue} {
        mrd Email_MRD
        script selector Support_Email_Script
        skill groups Support_NA
    }
}
`;
}

describe(ID, () => {
    it('hints on the name of a queue not named <MRDName>_<ScriptSelectorName>', async () => {
        expect(await findings({ 'ucce.ece': UCCE, 'ece.ece': ece('Sales_Email') })).toEqual([{
            file: 'ece.ece',
            text: 'Sales_Email',
            message: 'Queue Sales_Email of MRD Email_MRD and script selector Sales_Email_Script is not named Email_MRD_Sales_Email_Script, the <MRDName>_<ScriptSelectorName> name ECE gives it on import.',
            severity: 4,
            fix: 'Rename queue Sales_Email to Email_MRD_Sales_Email_Script',
        }]);
    });

    it('accepts the conventional name', async () => {
        expect(await findings({ 'ucce.ece': UCCE, 'ece.ece': ece('Email_MRD_Sales_Email_Script') })).toEqual([]);
    });

    it('needs both the MRD and the script selector, resolved, to know the conventional name', async () => {
        expect(await findings(UCCE + `
            department Sales {
                queue No_Script { mrd Email_MRD skill groups Sales_NA }
                queue No_MRD { script selector Sales_Email_Script skill groups Sales_NA }
                queue Bad_MRD { mrd Fax_MRD script selector Sales_Email_Script }
                queue Bad_Script { mrd Email_MRD script selector Fax_Script }
            }
        `)).toEqual([]);
    });

    it('offers no rename when another queue already has the conventional name', async () => {
        const result = await findings({ 'ucce.ece': UCCE, 'ece.ece': ece('Sales_Email') + `
department Archive {
    queue Email_MRD_Sales_Email_Script {
        mrd Email_MRD
        skill groups Sales_NA
    }
}
` });
        expect(result).toEqual([{
            file: 'ece.ece',
            text: 'Sales_Email',
            message: 'Queue Sales_Email of MRD Email_MRD and script selector Sales_Email_Script is not named Email_MRD_Sales_Email_Script, the <MRDName>_<ScriptSelectorName> name ECE gives it on import; another queue already has that name.',
            severity: 4,
        }]);
    });

    describe('fix: rename to the convention', () => {
        it('renames the queue, keeps both files otherwise byte for byte, and leaves no new error', async () => {
            await expectRuleFix(ID, { 'ucce.ece': UCCE, 'ece.ece': ece('Sales_Email') }, {
                title: 'Rename queue Sales_Email to Email_MRD_Sales_Email_Script',
                fixed: { 'ucce.ece': UCCE, 'ece.ece': ece('Email_MRD_Sales_Email_Script') },
            });
        });

        it('renames each queue by its own fix', async () => {
            const input = { 'ucce.ece': UCCE, 'ece.ece': ece('Sales_Email', 'Support_Email') };
            const second = await applyRuleFix(input, ID, 1);
            expect(second.title).toBe('Rename queue Support_Email to Email_MRD_Support_Email_Script');
            expect(second.fixed['ece.ece']).toBe(ece('Sales_Email', 'Email_MRD_Support_Email_Script'));
        });

        it('would rename every reference to the queue the model holds, wherever it is', async () => {
            // The grammar has no reference to a queue yet; a model that held one, under a `queue` or
            // `queues` property as references are named, would have it renamed with the declaration.
            const { analysis } = await checkText({ 'ucce.ece': UCCE, 'ece.ece': ece('Sales_Email') });
            const deployment = analysis.deployment;
            expect(referencesToQueue(deployment, 'Sales_Email')).toEqual([]);
            const ref: NameRef = { name: 'Sales_Email', span: deployment.agents[0].nameSpan, resolved: true };
            const other: NameRef = { name: 'Other_Queue', span: deployment.agents[0].span, resolved: true };
            const elsewhere: NameRef = { name: 'Sales_Email', span: deployment.departments[1].nameSpan, resolved: true };
            Object.assign(deployment.agents[0], { queues: [ref, other] });
            Object.assign(deployment.departments[1], { overflow: { queue: elsewhere }, again: { queue: ref } });
            expect(referencesToQueue(deployment, 'Sales_Email')).toEqual([ref, elsewhere]);
        });
    });
});
