import { projectGrowth, type Growth } from '../../language/engine/growth.js';
import type { CheckedDeployment } from '../workspace.js';
import { fixed, heading, table } from '../output/text.js';

/** The projection over `months`, else over the deployment's planning horizon (its config's, else 36 months). */
export function growthOf({ analysis }: CheckedDeployment, months?: number): Growth {
    return months ? projectGrowth(analysis.deployment, months) : analysis.growth;
}

/** The `ece growth --json` contract. */
export function growthJson(growth: Growth) {
    return {
        inputs: growth.inputs,
        monthlyMB: growth.monthlyMB,
        projection: growth.projection,
        diskGB: growth.diskGB,
        diskFullMonth: growth.diskFullMonth,
    };
}

export function growthText({ analysis }: CheckedDeployment, growth: Growth): string {
    const m = growth.monthlyMB;
    const i = growth.inputs;
    const rows = [
        ['email', `((${fixed(i.incomingEmails)} + ${fixed(i.outgoingEmails)}) × 2) × (6 + ${fixed(i.averageEmailKB)} KB × 2) / 1024`, fixed(m.email)],
        ['attachments', `(${fixed(i.emailsWithAttachments)} × ${fixed(i.averageAttachmentKB)} KB) / 1024`, fixed(m.attachments)],
        ['chat and callback', `${fixed(i.chatMessages)} × (6 + ${fixed(i.averageChatMessageKB)} KB × 3 × 2) / 1024`, fixed(m.chat)],
        ['total', '', fixed(m.total)],
    ];
    const months = growth.projection.length;
    const marks = [12, 24, 36, months].filter((v, idx, all) => v <= months && all.indexOf(v) === idx);
    const projection = marks.map(month => [`month ${month}`, `${fixed(growth.projection[month - 1].totalMB)} MB`]);
    const disk = growth.diskGB === null
        ? 'Database disk: not declared'
        : `Database disk: ${fixed(growth.diskGB)} GB; ${growth.diskFullMonth === null
            ? `not exceeded within ${months} months`
            : `exceeded in month ${growth.diskFullMonth}`}`;
    return [
        heading(`Database growth of ${analysis.deployment.name} (guide: Planning for Database Growth)`),
        table(['activity', 'formula', 'MB per month'], rows),
        i.currentDatabaseMB > 0 ? `Starting from the current size: ${fixed(i.currentDatabaseMB)} MB` : 'Starting from an empty database',
        table(['after', 'projected size'], projection),
        disk,
    ].join('\n') + '\n';
}
