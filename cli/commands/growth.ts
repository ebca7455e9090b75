import type { Growth } from '../../language/engine/growth.js';
import type { CheckedDeployment } from '../workspace.js';
import type { ReportCapacity } from '../../report/report-model.js';
import { fixed, heading, table } from '../output/text.js';

/** The `ece growth --json` contract. */
export function growthJson(growth: Growth, capacity: ReportCapacity | null = null) {
    return {
        inputs: growth.inputs,
        monthlyMB: growth.monthlyMB,
        projection: growth.projection,
        diskGB: growth.diskGB,
        diskFullMonth: growth.diskFullMonth,
        /** Each month's growth from that month's grown volumes, when the load grows; else null (the guide's linear projection). */
        compoundedMonthlyMB: growth.compounded?.monthlyMB ?? null,
        /** The load month by month and the times to limit; null when no growth is declared. */
        capacity,
    };
}

export function growthText({ analysis }: CheckedDeployment, growth: Growth, capacity: ReportCapacity | null = null): string {
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
        ...(capacity ? [`The load grows ${capacity.ratesText}: each month grows the database from that month's volumes`] : []),
        table(['after', 'projected size'], projection),
        disk,
        ...(capacity ? capacity.timesToLimit.filter(t => t.kind === 'database-disk').map(t => `Limit in ${t.text}`) : []),
    ].join('\n') + '\n';
}
