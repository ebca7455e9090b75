/** One picture of the report as a standalone SVG file (`ece report --format svg`). */
import { renderGrowthSvg } from './charts.js';
import { renderRoutingSvg, renderTopologySvg } from './diagrams.js';
import type { ReportModel } from './report-model.js';

export const DIAGRAM_NAMES = ['topology', 'routing', 'growth'] as const;
export type DiagramName = (typeof DIAGRAM_NAMES)[number];

export async function renderDiagramSvg(model: ReportModel, name: DiagramName): Promise<string> {
    switch (name) {
        case 'topology': return renderTopologySvg(model);
        case 'routing': return renderRoutingSvg(model);
        case 'growth': return renderGrowthSvg(model.growth);
    }
}
