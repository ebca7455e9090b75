/** After each email, chat and callback load line: the standardized agents it contributes. */
import type { LangiumDocument } from 'langium';
import type { InlayHintProvider } from 'langium/lsp';
import type { InlayHint, InlayHintParams } from 'vscode-languageserver';
import { explainCallbackLine, explainChatLine, explainEmailLine, formatNumber, type Figure } from '../language/engine/explain.js';
import { standardizedCallbackAgents, standardizedChatAgents, standardizedEmailAgents } from '../language/engine/sizing.js';
import type { Span } from '../language/model/span.js';
import type { DeploymentAnalyses } from '../language/workspace/deployment-analyses.js';
import type { EceServices } from './ece-lsp-module.js';

export class EceInlayHintProvider implements InlayHintProvider {
    private readonly analyses: DeploymentAnalyses;

    constructor(services: EceServices) {
        this.analyses = services.workspace.DeploymentAnalyses;
    }

    getInlayHints(document: LangiumDocument, params: InlayHintParams): InlayHint[] {
        const load = this.analyses.forDocument(document).analysis.deployment.load;
        if (!load) return [];
        const uri = document.uri.toString();
        const lines: { span: Span; value: number; figure: () => Figure }[] = [
            ...load.email.map(l => ({ span: l.span, value: standardizedEmailAgents(l), figure: () => explainEmailLine(l) })),
            ...load.chat.map(l => ({ span: l.span, value: standardizedChatAgents(l), figure: () => explainChatLine(l) })),
            ...load.callback.map(l => ({ span: l.span, value: standardizedCallbackAgents(l), figure: () => explainCallbackLine(l) })),
        ];
        const { start, end } = params.range;
        return lines
            .filter(l => l.span.uri === uri && l.span.end.line >= start.line && l.span.end.line <= end.line)
            .sort((a, b) => a.span.offset - b.span.offset)
            .map(l => {
                const figure = l.figure();
                return {
                    position: l.span.end,
                    label: `= ${formatNumber(l.value, 2)} standardized`,
                    paddingLeft: true,
                    tooltip: `${figure.formula} = ${figure.arithmetic} (${figure.section})`,
                };
            });
    }
}
