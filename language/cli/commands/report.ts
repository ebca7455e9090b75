import pc from 'picocolors';
import type { Growth } from '../../engine/growth.js';
import type { CheckedDeployment } from '../workspace.js';
import { formatDiagnostic } from './check.js';
import { growthText } from './growth.js';
import { routesText } from './routes.js';
import { sizeText } from './size.js';
import { heading } from '../output/text.js';

/** The human summary an architect hands over: sizing, growth, routing and diagnostics. */
export function reportText(checked: CheckedDeployment, growth: Growth): string {
    const { deployment } = checked.analysis;
    const diagnostics = checked.diagnostics.length === 0
        ? pc.green('No problems found.')
        : checked.diagnostics.map(formatDiagnostic).join('\n');
    return [
        pc.bold(`ECE deployment ${deployment.name}`) + pc.dim(`  (${checked.folder.documents.length} files in ${checked.folder.path})`),
        deployment.declaration?.description ?? '',
        sizeText(checked),
        growthText(checked, growth),
        routesText(deployment.name, checked.analysis.routes),
        heading('Diagnostics'),
        diagnostics,
    ].filter(s => s !== '').join('\n') + '\n';
}
