import type { Channel, Mrd } from '../../model/deployment.js';
import type { Finding, Rule } from '../rule.js';

const CHANNEL_NAMES: Record<Channel, string> = {
    'inbound-email': 'inbound email', 'outbound-email': 'outbound email', chat: 'chat', callback: 'callback',
};

export const oneMrdPerChannel: Rule = {
    id: 'routing/one-mrd-per-channel',
    defaultSeverity: 'warning',
    docs: {
        summary: 'Two MRDs carry the same channel.',
        rationale: 'Create one MRD per channel, for example, one for incoming email, one for outgoing email, one for chat and one for callback.',
        guideSection: 'Chapter 1, Designing Integrated Routing - An Example (guideline 1)',
        noFix: 'Merging two MRDs moves their skill groups, precision queues and queues: move them to one MRD, then delete the other MRD.',
        example: 'mrd Email_MRD { channel inbound email }\nmrd Email_MRD_2 { channel inbound email }',
    },
    check({ deployment }) {
        const findings: Finding[] = [];
        const first = new Map<Channel, Mrd>();
        for (const mrd of deployment.mrds) {
            const channel = mrd.channel;
            if (!channel) continue;
            const earlier = first.get(channel.value);
            if (!earlier) {
                first.set(channel.value, mrd);
                continue;
            }
            // A second declaration of the same MRD is naming/duplicate's finding, not a second MRD.
            if (earlier.name === mrd.name) continue;
            const name = CHANNEL_NAMES[channel.value];
            findings.push({
                span: channel.span,
                message: `MRDs ${earlier.name} and ${mrd.name} both carry ${name}; the guide asks for one MRD per channel (one for incoming email, one for outgoing email, one for chat and one for callback).`,
            });
        }
        return findings;
    },
};
