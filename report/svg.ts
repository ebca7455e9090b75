/** One picture of the report as a standalone SVG file (`ece report --format svg`). */
import { renderCapacitySvg, renderGrowthSvg } from './charts.js';
import { renderRoutingSvg, renderTopologySvg } from './diagrams.js';
import type { ReportModel } from './report-model.js';

/** `capacity` exists only for a deployment that declares growth (its report's `capacity`). */
export const DIAGRAM_NAMES = ['topology', 'routing', 'growth', 'capacity'] as const;
export type DiagramName = (typeof DIAGRAM_NAMES)[number];

export async function renderDiagramSvg(model: ReportModel, name: DiagramName): Promise<string> {
    switch (name) {
        case 'topology': return renderTopologySvg(model);
        case 'routing': return renderRoutingSvg(model);
        case 'growth': return renderGrowthSvg(model.growth);
        case 'capacity':
            if (!model.capacity) throw new Error('the capacity chart needs declared load growth (`growth … % per year` in the load profile)');
            return renderCapacitySvg(model.capacity);
    }
}
