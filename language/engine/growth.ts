/**
 * Database growth per month and its projection (RULEBOOK §3; guide, chapter 2, "Planning for
 * Database Growth"). The guide's formulas are linear and divide by 1024.
 */
import type { Deployment, LoadProfile } from '../model/deployment.js';
import { serversWithRole } from '../model/deployment.js';
import { toKB, toMB, type Quantity } from '../model/quantity.js';
import type { Located } from '../model/span.js';

export const DEFAULT_PLANNING_HORIZON_MONTHS = 36;

export interface GrowthInputs {
    incomingEmails: number;
    outgoingEmails: number;
    averageEmailKB: number;
    emailsWithAttachments: number;
    averageAttachmentKB: number;
    chatMessages: number;
    averageChatMessageKB: number;
    currentDatabaseMB: number;
}

export interface MonthlyGrowth {
    email: number;
    attachments: number;
    chat: number;
    total: number;
}

export interface ProjectedMonth {
    month: number;
    totalMB: number;
}

export interface Growth {
    inputs: GrowthInputs;
    monthlyMB: MonthlyGrowth;
    projection: ProjectedMonth[];
    /** The smallest declared disk of a database server, in GB; null when none is declared. */
    diskGB: number | null;
    /** First month within the horizon whose projected size exceeds the disk; null otherwise. */
    diskFullMonth: number | null;
}

export function growthInputs(load: LoadProfile | undefined): GrowthInputs {
    const kb = (q: Located<Quantity> | undefined) => (q ? toKB(q.value) : 0);
    return {
        incomingEmails: load?.monthly.incomingEmails?.value ?? 0,
        outgoingEmails: load?.monthly.outgoingEmails?.value ?? 0,
        averageEmailKB: kb(load?.averageSize.email),
        emailsWithAttachments: load?.monthly.emailsWithAttachments?.value ?? 0,
        averageAttachmentKB: kb(load?.averageSize.attachment),
        chatMessages: load?.monthly.chatMessages?.value ?? 0,
        averageChatMessageKB: kb(load?.averageSize.chatMessage),
        currentDatabaseMB: load?.currentDatabaseSize ? toMB(load.currentDatabaseSize.value) : 0,
    };
}

/** ((incoming + outgoing emails) × 2) × (6 + average email KB × 2) / 1024 */
export function emailGrowthMB(i: Pick<GrowthInputs, 'incomingEmails' | 'outgoingEmails' | 'averageEmailKB'>): number {
    return ((i.incomingEmails + i.outgoingEmails) * 2 * (6 + i.averageEmailKB * 2)) / 1024;
}

/** (emails with attachments × average attachment KB) / 1024 */
export function attachmentGrowthMB(i: Pick<GrowthInputs, 'emailsWithAttachments' | 'averageAttachmentKB'>): number {
    return (i.emailsWithAttachments * i.averageAttachmentKB) / 1024;
}

/** chat and callback messages × (6 + average chat message KB × 3 × 2) / 1024 */
export function chatGrowthMB(i: Pick<GrowthInputs, 'chatMessages' | 'averageChatMessageKB'>): number {
    return (i.chatMessages * (6 + i.averageChatMessageKB * 3 * 2)) / 1024;
}

export function monthlyGrowth(inputs: GrowthInputs): MonthlyGrowth {
    const email = emailGrowthMB(inputs);
    const attachments = attachmentGrowthMB(inputs);
    const chat = chatGrowthMB(inputs);
    return { email, attachments, chat, total: email + attachments + chat };
}

/** Size after `month` months. Decision: the current size, when declared, is the starting point. */
export function projectedMB(inputs: GrowthInputs, monthly: MonthlyGrowth, month: number): number {
    return inputs.currentDatabaseMB + monthly.total * month;
}

/** The first month whose projected size exceeds `diskMB`, with no horizon; null when it never does. */
export function monthDiskFills(inputs: GrowthInputs, monthly: MonthlyGrowth, diskMB: number): number | null {
    if (inputs.currentDatabaseMB > diskMB) return 0;
    if (monthly.total <= 0) return null;
    // The division estimates the month; stepping against the projection, with a tolerance for
    // floating-point noise, keeps a disk that is an exact multiple of the growth (0.3 MB at 0.1 MB a
    // month) from being reported one month early or late: a projection equal to the disk still fits.
    const exceeds = (month: number) => projectedMB(inputs, monthly, month) - diskMB > 1e-9 * Math.max(1, diskMB);
    let month = Math.floor((diskMB - inputs.currentDatabaseMB) / monthly.total) + 1;
    while (month > 1 && exceeds(month - 1)) month--;
    while (!exceeds(month)) month++;
    return month;
}

export function databaseDiskGB(deployment: Deployment): number | null {
    const disks = serversWithRole(deployment, 'database')
        .map(s => s.disk)
        .filter(d => d !== undefined)
        .map(d => toMB(d.value) / 1024);
    return disks.length > 0 ? disks.reduce((a, b) => Math.min(a, b)) : null;
}

export function projectGrowth(deployment: Deployment, months: number = DEFAULT_PLANNING_HORIZON_MONTHS): Growth {
    const inputs = growthInputs(deployment.load);
    const monthlyMB = monthlyGrowth(inputs);
    const projection = Array.from({ length: months }, (_, i) => ({ month: i + 1, totalMB: projectedMB(inputs, monthlyMB, i + 1) }));
    const diskGB = databaseDiskGB(deployment);
    const fills = diskGB === null ? null : monthDiskFills(inputs, monthlyMB, diskGB * 1024);
    const diskFullMonth = fills !== null && fills <= months ? Math.max(fills, 1) : null;
    return { inputs, monthlyMB, projection, diskGB, diskFullMonth };
}
