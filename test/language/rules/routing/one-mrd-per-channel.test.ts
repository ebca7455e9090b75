import { describe, expect, it } from 'vitest';
import { ruleFindings } from '../../../helpers/rule-findings.js';

const ID = 'routing/one-mrd-per-channel';
const findings = (files: string | Record<string, string>) => ruleFindings(ID, files);

describe(ID, () => {
    it('reports the later MRD\'s channel statement, naming both MRDs, as a warning', async () => {
        expect(await findings(`
            mrd Sales_Email_MRD { channel inbound email }
            mrd Support_Email_MRD {
                channel inbound email
                interruptible
            }
        `)).toEqual([{
            file: 'main.ece',
            text: 'channel inbound email',
            message: 'MRDs Sales_Email_MRD and Support_Email_MRD both carry inbound email; the guide asks for one MRD per channel (one for incoming email, one for outgoing email, one for chat and one for callback).',
            severity: 2,
        }]);
    });

    it('keeps inbound email, outbound email, chat and callback apart', async () => {
        expect(await findings(`
            mrd Email_In_MRD { channel inbound email }
            mrd Email_Out_MRD { channel outbound email }
            mrd Chat_MRD { channel chat }
            mrd Callback_MRD { channel callback }
        `)).toEqual([]);
    });

    it('reports every further MRD of a channel against the first', async () => {
        const result = await findings(`
            mrd Chat_A { channel chat }
            mrd Chat_B { channel chat }
            mrd Chat_C { channel chat }
        `);
        expect(result.map(f => f.message.slice(0, f.message.indexOf(';')))).toEqual([
            'MRDs Chat_A and Chat_B both carry chat',
            'MRDs Chat_A and Chat_C both carry chat',
        ]);
    });

    it('does not compare an MRD without a channel', async () => {
        expect(await findings(`
            mrd Email_MRD { channel inbound email }
            mrd Unfinished_MRD { }
            mrd Also_Unfinished { interruptible }
        `)).toEqual([]);
    });

    it('finds MRDs of one channel in two files, reporting in the file of the later one', async () => {
        const result = await findings({
            'a-email.ece': 'mrd Email_MRD {\n    channel outbound email\n}\n',
            'b-more.ece': 'mrd Replies_MRD {\n    channel outbound email\n}\n',
        });
        expect(result.map(f => [f.file, f.text])).toEqual([['b-more.ece', 'channel outbound email']]);
        expect(result[0].message).toContain('Email_MRD and Replies_MRD both carry outbound email');
    });

    it('leaves a second declaration of the same MRD to naming/duplicate', async () => {
        const text = 'mrd Email_MRD { channel inbound email }\nmrd Email_MRD { channel inbound email }\n';
        expect(await findings(text)).toEqual([]);
        expect((await ruleFindings('naming/duplicate', text)).map(f => f.text)).toEqual(['Email_MRD']);
    });
});
