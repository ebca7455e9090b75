/**
 * Database growth per month and its projection (guide, chapter 2, "Planning for Database Growth").
 * The guide's formulas are linear and divide by 1024; where the projection starts and when the disk
 * fills are decisions (docs/decisions.md, "Database growth").
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
    /** Today's growth per month. */
    monthlyMB: MonthlyGrowth;
    projection: ProjectedMonth[];
    /**
     * Set when the load grows (docs/language.md, "Load growth"): each month's growth from that month's
     * volumes, and the running sums of its parts; the projection then adds them up instead of
     * multiplying today's growth by the month.
     */
    compounded?: { monthlyMB: MonthlyGrowth[]; addedMB: MonthlyGrowth[] };
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

/** Size after `month` months. Decision (docs/decisions.md): the current size, when declared, is the starting point. */
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
    const exceeds = (month: number) => exceedsDisk(projectedMB(inputs, monthly, month), diskMB);
    let month = Math.floor((diskMB - inputs.currentDatabaseMB) / monthly.total) + 1;
    while (month > 1 && exceeds(month - 1)) month--;
    while (!exceeds(month)) month++;
    return month;
}

/** The running sums of monthly growths: entry m is the growth of months 1..m, part by part. */
export function addUp(months: readonly MonthlyGrowth[]): MonthlyGrowth[] {
    const sum: MonthlyGrowth = { email: 0, attachments: 0, chat: 0, total: 0 };
    return months.map(m => {
        sum.email += m.email;
        sum.attachments += m.attachments;
        sum.chat += m.chat;
        sum.total += m.total;
        return { ...sum };
    });
}

/** Whether a projected size exceeds the disk, with a tolerance for floating-point noise: a size equal to the disk still fits. */
function exceedsDisk(sizeMB: number, diskMB: number): boolean {
    return sizeMB - diskMB > 1e-9 * Math.max(1, diskMB);
}

/**
 * The first month whose projected size exceeds `diskMB` (0 when the current size already does); null
 * when it never does. The guide's linear projection is followed with no horizon; a compounded one
 * only as far as it is projected.
 */
export function monthProjectionExceeds(growth: Growth, diskMB: number): number | null {
    if (!growth.compounded) return monthDiskFills(growth.inputs, growth.monthlyMB, diskMB);
    if (growth.inputs.currentDatabaseMB > diskMB) return 0;
    return growth.projection.find(p => exceedsDisk(p.totalMB, diskMB))?.month ?? null;
}

/** The projected size after `month` months (1 to the horizon when compounded). */
export function projectedSizeMB(growth: Growth, month: number): number {
    return growth.compounded ? growth.projection[month - 1].totalMB : projectedMB(growth.inputs, growth.monthlyMB, month);
}

export function databaseDiskGB(deployment: Deployment): number | null {
    const disks = serversWithRole(deployment, 'database')
        .map(s => s.disk)
        .filter(d => d !== undefined)
        .map(d => toMB(d.value) / 1024);
    return disks.length > 0 ? disks.reduce((a, b) => Math.min(a, b)) : null;
}

/**
 * The projection over `months` months: linear from today's growth (the guide's formulas), or, given
 * each month's growth of a growing load (`grownMonthlyMB`, one per month), the current size plus the
 * growth of months 1..m.
 */
export function projectGrowth(deployment: Deployment, months: number = DEFAULT_PLANNING_HORIZON_MONTHS, grownMonthlyMB?: readonly MonthlyGrowth[]): Growth {
    const inputs = growthInputs(deployment.load);
    const monthlyMB = monthlyGrowth(inputs);
    const addedMB = grownMonthlyMB ? addUp(grownMonthlyMB.slice(0, months)) : undefined;
    const projection = Array.from({ length: months }, (_, i) => ({
        month: i + 1,
        totalMB: addedMB ? inputs.currentDatabaseMB + addedMB[i].total : projectedMB(inputs, monthlyMB, i + 1),
    }));
    const growth: Growth = { inputs, monthlyMB, projection, diskGB: databaseDiskGB(deployment), diskFullMonth: null };
    if (grownMonthlyMB && addedMB) growth.compounded = { monthlyMB: grownMonthlyMB.slice(0, months), addedMB };
    const fills = growth.diskGB === null ? null : monthProjectionExceeds(growth, growth.diskGB * 1024);
    growth.diskFullMonth = fills !== null && fills <= months ? Math.max(fills, 1) : null;
    return growth;
}
