/** After each email, chat and callback load line: the standardized agents it contributes. */
import type { LangiumDocument } from 'langium';
import type { InlayHintProvider } from 'langium/lsp';
import type { InlayHint, InlayHintParams } from 'vscode-languageserver';
import { figuresOf, formatAmount } from '../language/engine/explain.js';
import type { Span } from '../language/model/span.js';
import type { DeploymentAnalyses } from '../language/workspace/deployment-analyses.js';
import type { EceServices } from './ece-lsp-module.js';

export class EceInlayHintProvider implements InlayHintProvider {
    private readonly analyses: DeploymentAnalyses;

    constructor(services: EceServices) {
        this.analyses = services.workspace.DeploymentAnalyses;
    }

    getInlayHints(document: LangiumDocument, params: InlayHintParams): InlayHint[] {
        const { analysis } = this.analyses.forDocument(document);
        const load = analysis.deployment.load;
        if (!load) return [];
        const figures = new Map(figuresOf(analysis).lines.map(f => [f.key, f]));
        const uri = document.uri.toString();
        const lines: { span: Span; key: string }[] = (['email', 'chat', 'callback'] as const)
            .flatMap(channel => load[channel].map((l, i) => ({ span: l.span, key: `load.${channel}.${i}` })));
        const { start, end } = params.range;
        return lines
            .filter(l => l.span.uri === uri && l.span.end.line >= start.line && l.span.end.line <= end.line)
            .sort((a, b) => a.span.offset - b.span.offset)
            .flatMap(l => {
                const figure = figures.get(l.key);
                return figure ? [{
                    position: l.span.end,
                    label: `= ${formatAmount(figure.amount ?? 0, figure.unit)} standardized`,
                    paddingLeft: true,
                    tooltip: `${figure.formula} = ${figure.arithmetic} (${figure.section})`,
                }] : [];
            });
    }
}
