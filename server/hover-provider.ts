/**
 * Hovers that show what the engine computed. Langium's default hover fires only on
 * names and references; this one finds the token under the cursor and walks up the syntax tree to
 * the nearest node with something to say: a name or reference shows the object it names, a load
 * line its standardized agents, a volume the database growth, a network figure the site's budget.
 */
import { AstUtils, CstUtils, type AstNode, type LangiumDocument, type NameProvider, type References } from 'langium';
import type { HoverProvider } from 'langium/lsp';
import type { Hover, HoverParams } from 'vscode-languageserver';
import type { Analysis } from '../language/engine/analysis.js';
import * as ast from '../language/generated/ast.js';
import type { DeploymentAnalyses } from '../language/workspace/deployment-analyses.js';
import type { EceServices } from './ece-lsp-module.js';
import * as content from './hover-content.js';
import { lookupOf, type DeclaredObject } from './model-lookup.js';

export class EceHoverProvider implements HoverProvider {
    private readonly analyses: DeploymentAnalyses;
    private readonly references: References;
    private readonly nameProvider: NameProvider;

    constructor(services: EceServices) {
        this.analyses = services.workspace.DeploymentAnalyses;
        this.references = services.references.References;
        this.nameProvider = services.references.NameProvider;
    }

    getHoverContent(document: LangiumDocument, params: HoverParams): Hover | undefined {
        const root = document.parseResult.value.$cstNode;
        if (!root) return undefined;
        const leaf = CstUtils.findLeafNodeAtOffset(root, document.textDocument.offsetAt(params.position));
        if (!leaf || leaf.hidden) return undefined;
        const { analysis } = this.analyses.forDocument(document);
        const target = this.references.findDeclarations(leaf)[0];
        const markdown = (target && this.objectHover(analysis, target)) ?? this.enclosingHover(analysis, document, leaf.astNode);
        return markdown ? { contents: { kind: 'markdown', value: markdown }, range: leaf.range } : undefined;
    }

    /** The hover of the object declared by `node` (a queue, an agent, …). */
    private objectHover(analysis: Analysis, node: AstNode): string | undefined {
        if (ast.isDeployment(node)) return content.deploymentHover(analysis);
        const nameNode = this.nameProvider.getNameNode(node);
        if (!nameNode) return undefined;
        const declared = lookupOf(analysis).at(AstUtils.getDocument(node).uri.toString(), nameNode.offset);
        return declared ? declaredHover(analysis, declared) : undefined;
    }

    private enclosingHover(analysis: Analysis, document: LangiumDocument, start: AstNode): string | undefined {
        const uri = document.uri.toString();
        const load = analysis.deployment.load;
        for (let node: AstNode | undefined = start; node; node = node.$container) {
            const offset = node.$cstNode?.offset;
            const at = <T extends { span: { uri: string; offset: number } }>(lines: readonly T[] | undefined) =>
                lines?.find(l => l.span.uri === uri && l.span.offset === offset);
            if (ast.isEmailLoad(node)) {
                const line = at(load?.email);
                if (line) return content.loadLineHover(analysis, { kind: 'email', line });
            } else if (ast.isChatLoad(node)) {
                const line = at(load?.chat);
                if (line) return content.loadLineHover(analysis, { kind: 'chat', line });
            } else if (ast.isCallbackLoad(node)) {
                const line = at(load?.callback);
                if (line) return content.loadLineHover(analysis, { kind: 'callback', line });
            } else if (ast.isMonthlyVolume(node) || ast.isAverageSize(node) || ast.isDatabaseSize(node)) {
                return content.growthHover(analysis);
            } else if (ast.isLoadGrowth(node)) {
                const hover = content.capacityHover(analysis);
                if (hover) return hover;
            } else if (ast.isLoadProfile(node)) {
                return content.loadProfileHover(analysis);
            } else if (ast.isNetwork(node)) {
                return content.networkHover(analysis);
            } else if (ast.isDeployment(node)) {
                return content.deploymentHover(analysis);
            } else if (ast.isEceFile(node)) {
                return undefined;
            } else {
                const hover = this.objectHover(analysis, node);
                if (hover) return hover;
            }
        }
        return undefined;
    }
}

function declaredHover(analysis: Analysis, declared: DeclaredObject): string {
    switch (declared.kind) {
        case 'deployment': return content.deploymentHover(analysis);
        case 'mrd': return content.mrdHover(analysis, declared.object);
        case 'peripheral': return content.peripheralHover(analysis, declared.object);
        case 'skill-group': return content.skillGroupHover(analysis, declared.object);
        case 'precision-queue': return content.precisionQueueHover(analysis, declared.object);
        case 'agent': return content.agentHover(analysis, declared.object);
        case 'script-selector': return content.scriptSelectorHover(analysis, declared.object);
        case 'department': return content.departmentHover(analysis, declared.object);
        case 'queue': return content.queueHover(analysis, declared.object);
        case 'server': return content.serverHover(analysis, declared.object);
        case 'load-balancer': return content.loadBalancerHover(analysis, declared.object);
    }
}
