import { describe, expect, it } from 'vitest';
import { expectRuleFix } from '../../../helpers/check-fix.js';
import { ruleFindings } from '../../../helpers/rule-findings.js';

const ID = 'routing/email-mrd-interruptible';
const findings = (files: string | Record<string, string>) => ruleFindings(ID, files);

const FIX = "Drop 'non-interruptible' from MRD Email_MRD";
const expectFix = (input: string, fixed: string) => expectRuleFix(ID, input, { title: FIX, fixed });

describe(ID, () => {
    it('reports the non-interruptible flag of an inbound email MRD, as an error with a fix', async () => {
        expect(await findings('mrd Email_MRD {\n    channel inbound email\n    non-interruptible\n}\n')).toEqual([{
            file: 'main.ece',
            text: 'non-interruptible',
            message: 'MRD Email_MRD carries inbound email and is declared non-interruptible; the guide: email MRDs are always interruptible in ECE.',
            severity: 1,
            fix: FIX,
        }]);
    });

    it('reports an outbound email MRD too', async () => {
        const [finding] = await findings('mrd Replies_MRD { channel outbound email non-interruptible }');
        expect(finding.message).toContain('MRD Replies_MRD carries outbound email');
    });

    it('accepts interruptible email MRDs, also by default', async () => {
        expect(await findings('mrd A { channel inbound email interruptible }\nmrd B { channel outbound email }')).toEqual([]);
    });

    it('lets chat and callback MRDs be non-interruptible', async () => {
        expect(await findings('mrd Chat_MRD { channel chat non-interruptible }\nmrd Callback_MRD { channel callback non-interruptible }')).toEqual([]);
    });

    it('does not guess the channel of an MRD that declares none', async () => {
        expect(await findings('mrd Email_MRD { non-interruptible }')).toEqual([]);
    });

    it('looks at the flag that counts, the last one', async () => {
        expect(await findings('mrd Email_MRD { channel inbound email non-interruptible interruptible }')).toEqual([]);
        expect((await findings('mrd Email_MRD { channel inbound email interruptible non-interruptible }')).length).toBe(1);
    });

    describe('fix: drop the non-interruptible flag', () => {
        it('removes the flag\'s line when it stands alone, and nothing else', async () => {
            await expectFix(
                '// ucce\nmrd Email_MRD {\n    channel inbound email\n    non-interruptible\n}\n\nmrd Chat_MRD { channel chat }\n',
                '// ucce\nmrd Email_MRD {\n    channel inbound email\n}\n\nmrd Chat_MRD { channel chat }\n',
            );
        });

        it('removes the flag and the space before it when it shares a line', async () => {
            await expectFix('mrd Email_MRD { channel inbound email non-interruptible }\n', 'mrd Email_MRD { channel inbound email }\n');
        });

        it('removes the space after the flag when it opens a line', async () => {
            await expectFix(
                'mrd Email_MRD {\n    non-interruptible channel inbound email\n}\n',
                'mrd Email_MRD {\n    channel inbound email\n}\n',
            );
        });

        it('drops every non-interruptible flag of the MRD, so none takes the dropped one\'s place', async () => {
            await expectFix(
                'mrd Email_MRD {\n    non-interruptible\n    channel inbound email\n    non-interruptible\n}\n',
                'mrd Email_MRD {\n    channel inbound email\n}\n',
            );
        });

        it('keeps Windows line breaks intact', async () => {
            await expectFix(
                'mrd Email_MRD {\r\n    channel inbound email\r\n    non-interruptible\r\n}\r\n',
                'mrd Email_MRD {\r\n    channel inbound email\r\n}\r\n',
            );
        });
    });
});
