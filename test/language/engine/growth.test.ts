import { describe, expect, it } from 'vitest';
import {
    attachmentGrowthMB, chatGrowthMB, emailGrowthMB, monthDiskFills, monthlyGrowth, projectGrowth,
} from '../../../language/engine/growth.js';
import { checkText } from '../../helpers/check-folder.js';

async function growthOf(loadLines: string[], servers = '', planningHorizonMonths?: number) {
    const text = `load profile {\n${loadLines.map(l => `    ${l}\n`).join('')}}\n${servers}`;
    const { analysis } = await checkText(text, planningHorizonMonths === undefined ? undefined : { planningHorizonMonths });
    return analysis.growth;
}

describe('database growth per month (guide, chapter 2, Planning for Database Growth)', () => {
    it('computes the guide\'s worked example: 50,000 emails with 5 KB attachments grow 244.1 MB a month', async () => {
        const growth = await growthOf(['emails with attachments 50,000 per month', 'average attachment size 5 KB']);
        // 50,000 × 5 / 1024 = 244.140625; the guide prints "245 MB per month", which rounds the
        // same computation up (to the nearest whole MB it is 244).
        expect(growth.monthlyMB.attachments).toBe(244.140625);
        expect(growth.monthlyMB.attachments.toFixed(1)).toBe('244.1');
        expect(growth.monthlyMB.total).toBe(244.140625);
    });

    it.each([
        // ((incoming + outgoing) × 2) × (6 + size × 2) / 1024
        { lines: ['incoming emails 40,000 per month', 'outgoing emails 30,000 per month', 'average email size 12 KB'], email: 140_000 * 30 / 1024 },
        { lines: ['incoming emails 1,024 per month', 'average email size 5 KB'], email: 32 },
        // Without an email size only the 6 KB per copy counts.
        { lines: ['incoming emails 512 per month'], email: 6 },
        // A size in MB is 1024 KB, as the guide's formulas divide by 1024.
        { lines: ['outgoing emails 1,024 per month', 'average email size 1 MB'], email: 2 * (6 + 2048) },
    ].map(c => ({ ...c, name: c.lines.join(', ') })))('email: $name → $email MB', async ({ lines, email }) => {
        const growth = await growthOf(lines);
        expect(growth.monthlyMB.email).toBeCloseTo(email, 9);
        expect(growth.monthlyMB.attachments).toBe(0);
        expect(growth.monthlyMB.chat).toBe(0);
    });

    it.each([
        // chat messages × (6 + size × 3 × 2) / 1024
        { lines: ['chat messages 100,000 per month', 'average chat message size 2 KB'], chat: 100_000 * 18 / 1024 },
        { lines: ['chat messages 1,024 per month'], chat: 6 },
        { lines: ['chat messages 2,048 per month', 'average chat message size 0.5 KB'], chat: 18 },
    ].map(c => ({ ...c, name: c.lines.join(', ') })))('chat and callback: $name → $chat MB', async ({ lines, chat }) => {
        const growth = await growthOf(lines);
        expect(growth.monthlyMB.chat).toBeCloseTo(chat, 9);
        expect(growth.monthlyMB.total).toBeCloseTo(chat, 9);
    });

    it('adds email, attachments and chat into the monthly total', async () => {
        const growth = await growthOf([
            'incoming emails 1,024 per month', 'average email size 5 KB',
            'emails with attachments 2,048 per month', 'average attachment size 10 KB',
            'chat messages 1,024 per month',
        ]);
        expect(growth.monthlyMB).toEqual({ email: 32, attachments: 20, chat: 6, total: 58 });
    });

    it('keeps the formulas as pure functions of their inputs', () => {
        expect(emailGrowthMB({ incomingEmails: 256, outgoingEmails: 256, averageEmailKB: 5 })).toBe(16);
        expect(attachmentGrowthMB({ emailsWithAttachments: 50_000, averageAttachmentKB: 5 })).toBe(244.140625);
        expect(chatGrowthMB({ chatMessages: 1024, averageChatMessageKB: 1 })).toBe(12);
    });
});

describe('projection and the month the database disk fills', () => {
    const guideExample = ['emails with attachments 50,000 per month', 'average attachment size 5 KB'];

    it('grows linearly from an empty database, one entry per month of the horizon', async () => {
        const growth = await growthOf(guideExample);
        expect(growth.projection).toHaveLength(36);
        expect(growth.projection[0]).toEqual({ month: 1, totalMB: 244.140625 });
        expect(growth.projection[11].totalMB).toBe(12 * 244.140625);
        expect(growth.projection[35]).toEqual({ month: 36, totalMB: 36 * 244.140625 });
        expect(growth.diskGB).toBeNull();
        expect(growth.diskFullMonth).toBeNull();
    });

    it('starts from the declared current database size', async () => {
        const growth = await growthOf([...guideExample, 'current database size 10 GB']);
        expect(growth.inputs.currentDatabaseMB).toBe(10_240);
        expect(growth.projection[0].totalMB).toBe(10_240 + 244.140625);
        expect(growth.projection[23].totalMB).toBe(10_240 + 24 * 244.140625);
    });

    it('follows the planning horizon setting', async () => {
        const growth = await growthOf(guideExample, '', 12);
        expect(growth.projection.map(p => p.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    });

    // 36 months of the guide's example is 8,789.0625 MB.
    it.each([
        { disk: '8789 MB', horizon: 36, fills: 36, diskFullMonth: 36 },
        { disk: '8789.0625 MB', horizon: 36, fills: 37, diskFullMonth: null },
        { disk: '8790 MB', horizon: 36, fills: 37, diskFullMonth: null },
        { disk: '8790 MB', horizon: 37, fills: 37, diskFullMonth: 37 },
        { disk: '2929 MB', horizon: 12, fills: 12, diskFullMonth: 12 },
        { disk: '2930 MB', horizon: 12, fills: 13, diskFullMonth: null },
        { disk: '100 MB', horizon: 36, fills: 1, diskFullMonth: 1 },
    ])('a $disk disk fills in month $fills (horizon $horizon → $diskFullMonth)', async ({ disk, horizon, fills, diskFullMonth }) => {
        const growth = await growthOf(guideExample, `server DB { roles database disk ${disk} }`, horizon);
        expect(monthDiskFills(growth.inputs, growth.monthlyMB, growth.diskGB! * 1024)).toBe(fills);
        expect(growth.diskFullMonth).toBe(diskFullMonth);
    });

    it('takes the smallest disk of the database servers', async () => {
        const growth = await growthOf(guideExample, 'server DB1 { roles database disk 1 TB } server DB2 { roles database disk 500 GB }');
        expect(growth.diskGB).toBe(500);
    });

    it('counts the current size: 10 GB plus 244.14 MB a month outgrows 15 GB in month 21', async () => {
        const growth = await growthOf([...guideExample, 'current database size 10 GB'], 'server DB { roles database disk 15 GB }');
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

    it('is what projectGrowth returns for the deployment', async () => {
        const { analysis } = await checkText('load profile { chat messages 1,024 per month } server DB { roles database disk 60 MB }');
        expect(projectGrowth(analysis.deployment, 12).diskFullMonth).toBe(11);
    });
});
