import { MAX_ATTACHMENT_KB } from '../../engine/network-limits.js';
import { formatQuantity, toKB } from '../../model/quantity.js';
import type { Rule } from '../rule.js';

export const largeAttachments: Rule = {
    id: 'network/large-attachments',
    defaultSeverity: 'info',
    docs: {
        summary: `The average attachment is larger than ${MAX_ATTACHMENT_KB} KB.`,
        rationale: `"An attachment size of up to ${MAX_ATTACHMENT_KB} KB can be accommodated within this required bandwidth. `
            + `For attachments of size greater than ${MAX_ATTACHMENT_KB} KB, temporary slowness may be experienced in the `
            + 'agent user interface during download of the attachments." The figure is the load profile\'s `average '
            + 'attachment size`; 1 MB counts as 1024 KB, as in the growth formulas. A load profile without it is not checked.',
        guideSection: 'Chapter 4, Bandwidth Requirements',
        example: 'load profile {\n    average attachment size 120 KB\n}',
    },
    check({ deployment }) {
        const figure = deployment.load?.averageSize.attachment;
        if (!figure) return [];
        const kb = Math.round(toKB(figure.value) * 1e6) / 1e6;
        if (kb <= MAX_ATTACHMENT_KB) return [];
        const written = figure.value.unit === 'KB' ? formatQuantity(figure.value) : `${formatQuantity(figure.value)} (${kb.toLocaleString('en-US')} KB)`;
        return [{
            span: figure.span,
            message: `The average attachment is ${written}; the guide's bandwidth figures accommodate attachments up to `
                + `${MAX_ATTACHMENT_KB} KB, and larger ones may slow the agent interface while they download.`,
        }];
    },
};
