import { isEmailChannel } from '../../model/deployment.js';
import type { Finding, Rule } from '../rule.js';
import { mergeEdits, statementDeletion } from '../text-edits.js';

export const emailMrdInterruptible: Rule = {
    id: 'routing/email-mrd-interruptible',
    defaultSeverity: 'error',
    docs: {
        summary: 'An email MRD is declared non-interruptible.',
        rationale: 'Email MRDs are always interruptible in ECE.',
        guideSection: 'Chapter 1, Designing Integrated Routing - An Example',
        example: 'mrd Email_MRD {\n    channel inbound email\n    non-interruptible\n}',
        fix: 'Drops the `non-interruptible` flag (its line, when it stands alone on it); the MRD is then interruptible, the default.',
    },
    check({ deployment, text }) {
        const findings: Finding[] = [];
        for (const mrd of deployment.mrds) {
            const flag = mrd.interruptibility;
            if (!isEmailChannel(mrd.channel?.value) || flag?.value !== 'non-interruptible') continue;
            // Every `non-interruptible` of the MRD goes, or an earlier one would take the dropped one's place.
            const flags = (mrd.interruptibilityStatements ?? [flag]).filter(f => f.value === 'non-interruptible');
            const source = text(flag.span.uri);
            findings.push({
                span: flag.span,
                message: `MRD ${mrd.name} carries ${mrd.channel?.value === 'outbound-email' ? 'outbound' : 'inbound'} email and is declared non-interruptible; the guide: email MRDs are always interruptible in ECE.`,
                fix: source === undefined ? undefined : {
                    title: `Drop 'non-interruptible' from MRD ${mrd.name}`,
                    edits: [mergeEdits(flag.span.uri, source, flags.map(f => statementDeletion(source, f.span.offset, f.span.endOffset)))],
                },
            });
        }
        return findings;
    },
};
