import { describe, expect, it } from 'vitest';
import {
    attachmentGrowthMB, chatGrowthMB, emailGrowthMB, monthDiskFills, monthlyGrowth, projectGrowth,
} from '../../../language/engine/growth.js';
import type { Quantity } from '../../../language/model/quantity.js';
import { checkText } from '../../helpers/check-folder.js';
import { deployment, loadProfile, server, type LoadLines } from '../../helpers/plain-deployment.js';

/** The growth of a deployment given only by its load profile and the disks of its database servers. */
function growthOf(load: LoadLines, databaseDisks: Quantity[] = [], planningHorizonMonths?: number) {
    const servers = databaseDisks.map((disk, i) => server(`DB${i + 1}`, ['database'], disk));
    return projectGrowth(deployment({ load: loadProfile(load), servers }), planningHorizonMonths);
}

const KB = (value: number): Quantity => ({ value, unit: 'KB' });
const MB = (value: number): Quantity => ({ value, unit: 'MB' });
const GB = (value: number): Quantity => ({ value, unit: 'GB' });

describe('database growth per month (guide, chapter 2, Planning for Database Growth)', () => {
    it('computes the guide\'s worked example: 50,000 emails with 5 KB attachments grow 244.1 MB a month', () => {
        const growth = growthOf({ monthly: { emailsWithAttachments: 50_000 }, averageSize: { attachment: KB(5) } });
        // 50,000 × 5 / 1024 = 244.140625; the guide prints "245 MB per month", which rounds the
        // same computation up (to the nearest whole MB it is 244).
        expect(growth.monthlyMB.attachments).toBe(244.140625);
        expect(growth.monthlyMB.attachments.toFixed(1)).toBe('244.1');
        expect(growth.monthlyMB.total).toBe(244.140625);
    });

    it.each([
        // ((incoming + outgoing) × 2) × (6 + size × 2) / 1024
        { name: '40,000 in, 30,000 out, 12 KB', load: { monthly: { incomingEmails: 40_000, outgoingEmails: 30_000 }, averageSize: { email: KB(12) } }, email: 140_000 * 30 / 1024 },
        { name: '1,024 in, 5 KB', load: { monthly: { incomingEmails: 1024 }, averageSize: { email: KB(5) } }, email: 32 },
        // Without an email size only the 6 KB per copy counts.
        { name: '512 in, no size', load: { monthly: { incomingEmails: 512 } }, email: 6 },
        // A size in MB is 1024 KB, as the guide's formulas divide by 1024 (docs/decisions.md, "Units").
        { name: '1,024 out, 1 MB', load: { monthly: { outgoingEmails: 1024 }, averageSize: { email: MB(1) } }, email: 2 * (6 + 2048) },
    ] satisfies { name: string; load: LoadLines; email: number }[])('email: $name → $email MB', ({ load, email }) => {
        const growth = growthOf(load);
        expect(growth.monthlyMB.email).toBeCloseTo(email, 9);
        expect(growth.monthlyMB.attachments).toBe(0);
        expect(growth.monthlyMB.chat).toBe(0);
    });

    it.each([
        // chat messages × (6 + size × 3 × 2) / 1024
        { name: '100,000 messages of 2 KB', load: { monthly: { chatMessages: 100_000 }, averageSize: { chatMessage: KB(2) } }, chat: 100_000 * 18 / 1024 },
        { name: '1,024 messages, no size', load: { monthly: { chatMessages: 1024 } }, chat: 6 },
        { name: '2,048 messages of 0.5 KB', load: { monthly: { chatMessages: 2048 }, averageSize: { chatMessage: KB(0.5) } }, chat: 18 },
    ] satisfies { name: string; load: LoadLines; chat: number }[])('chat and callback: $name → $chat MB', ({ load, chat }) => {
        const growth = growthOf(load);
        expect(growth.monthlyMB.chat).toBeCloseTo(chat, 9);
        expect(growth.monthlyMB.total).toBeCloseTo(chat, 9);
    });

    it('adds email, attachments and chat into the monthly total', () => {
        const growth = growthOf({
            monthly: { incomingEmails: 1024, emailsWithAttachments: 2048, chatMessages: 1024 },
            averageSize: { email: KB(5), attachment: KB(10) },
        });
        expect(growth.monthlyMB).toEqual({ email: 32, attachments: 20, chat: 6, total: 58 });
    });

    it('keeps the formulas as pure functions of their inputs', () => {
        expect(emailGrowthMB({ incomingEmails: 256, outgoingEmails: 256, averageEmailKB: 5 })).toBe(16);
        expect(attachmentGrowthMB({ emailsWithAttachments: 50_000, averageAttachmentKB: 5 })).toBe(244.140625);
        expect(chatGrowthMB({ chatMessages: 1024, averageChatMessageKB: 1 })).toBe(12);
    });
});

describe('projection and the month the database disk fills', () => {
    const guideExample: LoadLines = { monthly: { emailsWithAttachments: 50_000 }, averageSize: { attachment: KB(5) } };

    // Decision (docs/decisions.md, "Database growth"): from an empty database unless its current size is declared.
    it('grows linearly from an empty database, one entry per month of the horizon', () => {
        const growth = growthOf(guideExample);
        expect(growth.projection).toHaveLength(36);
        expect(growth.projection[0]).toEqual({ month: 1, totalMB: 244.140625 });
        expect(growth.projection[11].totalMB).toBe(12 * 244.140625);
        expect(growth.projection[35]).toEqual({ month: 36, totalMB: 36 * 244.140625 });
        expect(growth.diskGB).toBeNull();
        expect(growth.diskFullMonth).toBeNull();
    });

    it('starts from the declared current database size', () => {
        const growth = growthOf({ ...guideExample, currentDatabaseSize: GB(10) });
        expect(growth.inputs.currentDatabaseMB).toBe(10_240);
        expect(growth.projection[0].totalMB).toBe(10_240 + 244.140625);
        expect(growth.projection[23].totalMB).toBe(10_240 + 24 * 244.140625);
    });

    it('follows the planning horizon setting', () => {
        const growth = growthOf(guideExample, [], 12);
        expect(growth.projection.map(p => p.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    });

    // 36 months of the guide's example is 8,789.0625 MB.
    it.each([
        { disk: 8789, horizon: 36, fills: 36, diskFullMonth: 36 },
        { disk: 8789.0625, horizon: 36, fills: 37, diskFullMonth: null },
        { disk: 8790, horizon: 36, fills: 37, diskFullMonth: null },
        { disk: 8790, horizon: 37, fills: 37, diskFullMonth: 37 },
        { disk: 2929, horizon: 12, fills: 12, diskFullMonth: 12 },
        { disk: 2930, horizon: 12, fills: 13, diskFullMonth: null },
        { disk: 100, horizon: 36, fills: 1, diskFullMonth: 1 },
    ])('a $disk MB disk fills in month $fills (horizon $horizon → $diskFullMonth)', ({ disk, horizon, fills, diskFullMonth }) => {
        const growth = growthOf(guideExample, [MB(disk)], horizon);
        expect(monthDiskFills(growth.inputs, growth.monthlyMB, growth.diskGB! * 1024)).toBe(fills);
        expect(growth.diskFullMonth).toBe(diskFullMonth);
    });

    it('takes the smallest disk of the database servers', () => {
        const growth = growthOf(guideExample, [{ value: 1, unit: 'TB' }, GB(500)]);
        expect(growth.diskGB).toBe(500);
    });

    it('counts the current size: 10 GB plus 244.14 MB a month outgrows 15 GB in month 21', () => {
        const growth = growthOf({ ...guideExample, currentDatabaseSize: GB(10) }, [GB(15)]);
        // (15,360 − 10,240) / 244.140625 = 20.97…
        expect(growth.diskFullMonth).toBe(21);
    });

    it('reports month 0 when the database is already larger than the disk, and never without growth', () => {
        const inputs = { incomingEmails: 0, outgoingEmails: 0, averageEmailKB: 0, emailsWithAttachments: 0, averageAttachmentKB: 0, chatMessages: 0, averageChatMessageKB: 0, currentDatabaseMB: 2048 };
        const none = monthlyGrowth(inputs);
        expect(monthDiskFills(inputs, none, 1024)).toBe(0);
        expect(monthDiskFills(inputs, none, 4096)).toBeNull();
    });

    it('lands on the exact month when the disk is a multiple of a growth that is not exact in binary', () => {
        const inputs = { incomingEmails: 0, outgoingEmails: 0, averageEmailKB: 0, emailsWithAttachments: 1, averageAttachmentKB: 0.1 * 1024, chatMessages: 0, averageChatMessageKB: 0, currentDatabaseMB: 0 };
        const monthly = monthlyGrowth(inputs);
        // 0.1 MB a month: 3 × 0.1 is 0.30000000000000004 in floating point, yet 0.3 MB fits a 0.3 MB disk.
        expect(monthDiskFills(inputs, monthly, 0.3)).toBe(4);
        expect(monthDiskFills(inputs, monthly, 0.7)).toBe(8);
        expect(monthDiskFills(inputs, monthly, 0.75)).toBe(8);
    });

    it('projects a deployment written in a file as its model', async () => {
        const { analysis } = await checkText('load profile { chat messages 1,024 per month } server DB { roles database disk 60 MB }', { planningHorizonMonths: 12 });
        expect(analysis.growth).toEqual(growthOf({ monthly: { chatMessages: 1024 } }, [MB(60)], 12));
        expect(analysis.growth.diskFullMonth).toBe(11);
    });
});
