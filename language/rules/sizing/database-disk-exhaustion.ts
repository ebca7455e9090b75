import { monthProjectionExceeds, projectedSizeMB } from '../../engine/growth.js';
import { serversWithRole } from '../../model/deployment.js';
import { formatQuantity, toMB } from '../../model/quantity.js';
import type { Finding, Rule } from '../rule.js';
import { formatMB as sizeMB } from '../../engine/explain.js';
import { plural } from './format.js';

export const databaseDiskExhaustion: Rule = {
    id: 'sizing/database-disk-exhaustion',
    defaultSeverity: 'warning',
    docs: {
        summary: 'The projected database outgrows the declared database disk within the planning horizon.',
        rationale: 'The guide\'s growth formulas give the database\'s monthly growth (email, attachments, chat and '
            + 'callback); "over time as the data in your databases grows, you will need to increase the disk space on '
            + 'the database server machines". The projection starts from the declared `current database size` (else '
            + 'empty) and grows linearly; the disk is exhausted in the first month whose projected size exceeds it '
            + '(a projection exactly equal to the disk still fits). The rule fires when that month falls within the '
            + 'planning horizon (setting `planningHorizonMonths`, default 36), on the `disk` figure of each database '
            + 'server concerned.',
        guideSection: 'Chapter 2, Planning for Database Growth; Expanding the Disk Size on Database Server Machines',
        example: 'load profile {\n    incoming emails 100,000 per month\n    average email size 20 KB\n}\n\n'
            + 'server ECE_DB_1 {\n    roles database\n    disk 50 GB\n}',
    },
    check({ deployment, analysis, planningHorizonMonths }) {
        const { growth } = analysis;
        const { inputs, monthlyMB } = growth;
        const findings: Finding[] = [];
        for (const server of serversWithRole(deployment, 'database')) {
            if (!server.disk) continue;
            const diskMB = toMB(server.disk.value);
            const month = monthProjectionExceeds(growth, diskMB);
            if (month === null || month > planningHorizonMonths) continue;
            const disk = `the ${formatQuantity(server.disk.value)} disk of database server ${server.name}`;
            const remedy = 'expand the database server disk (stop the application and SQL Server first).';
            findings.push({
                span: server.disk.span,
                message: month === 0
                    ? `The database is already ${sizeMB(inputs.currentDatabaseMB)}, more than ${disk}; ${remedy}`
                    : `The database outgrows ${disk} in month ${month}: growing ${sizeMB(monthlyMB.total)} a month`
                        + `${inputs.currentDatabaseMB > 0 ? ` from ${sizeMB(inputs.currentDatabaseMB)}` : ''}`
                        + `${growth.compounded ? ' today, and more as the load grows' : ''}, it reaches `
                        + `${sizeMB(projectedSizeMB(growth, month))} then, within the planning horizon of `
                        + `${plural(planningHorizonMonths, 'month')}; ${remedy}`,
            });
        }
        return findings;
    },
};
