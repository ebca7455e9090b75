import { isEmailChannel } from '../../model/deployment.js';
import type { Finding, Rule } from '../rule.js';

export const emailMrdInterruptible: Rule = {
    id: 'routing/email-mrd-interruptible',
    defaultSeverity: 'error',
    docs: {
        summary: 'An email MRD is declared non-interruptible.',
        rationale: 'Email MRDs are always interruptible in ECE.',
        guideSection: 'Chapter 1, Designing Integrated Routing - An Example',
        example: 'mrd Email_MRD {\n    channel inbound email\n    non-interruptible\n}',
        fix: 'Drops the `non-interruptible` flag.',
    },
    check({ deployment }) {
        const findings: Finding[] = [];
        for (const mrd of deployment.mrds) {
            const flag = mrd.interruptibility;
            if (!isEmailChannel(mrd.channel?.value) || flag?.value !== 'non-interruptible') continue;
            findings.push({
                span: flag.span,
                message: `MRD ${mrd.name} carries email and is declared non-interruptible; email MRDs are always interruptible in ECE.`,
                fix: {
                    title: `Drop 'non-interruptible' from ${mrd.name}`,
                    edits: [{ uri: flag.span.uri, range: flag.span, newText: 'interruptible' }],
                },
            });
        }
        return findings;
    },
};
