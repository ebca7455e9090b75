/** Loads an example as the `ece` command does and builds its report model. */
import * as path from 'node:path';
import { reportModel } from '../../cli/commands/report.js';
import { loadDeployments, type CheckedDeployment } from '../../cli/workspace.js';
import type { ReportModel } from '../../report/report-model.js';
import { REPO_ROOT } from './check-folder.js';

export const REPORT_EXAMPLES = ['integrated-routing', 'blended-400', 'distributed-1500'] as const;

export async function loadExample(folder: string): Promise<{ checked: CheckedDeployment; model: ReportModel }> {
    const [checked] = await loadDeployments([path.isAbsolute(folder) ? folder : path.join(REPO_ROOT, 'examples', folder)], { recursive: false });
    if (!checked) throw new Error(`no deployment in ${folder}`);
    return { checked, model: reportModel(checked) };
}
