/**
 * Semantic highlighting: each name and reference coloured by what it names (an MRD, a skill group,
 * a queue…), declarations marked as such, numbers, units and the language's enumerated values.
 */
import { AstUtils, CstUtils, GrammarUtils, type AstNode, type AstReflection, type NameProvider } from 'langium';
import { AbstractSemanticTokenProvider, type SemanticTokenAcceptor } from 'langium/lsp';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver';
import * as ast from '../language/generated/ast.js';
import type { EceServices } from './ece-lsp-module.js';

const TOKEN_OF_TYPE: Record<string, string> = {
    Deployment: SemanticTokenTypes.namespace,
    Mrd: SemanticTokenTypes.enum,
    Peripheral: SemanticTokenTypes.interface,
    SkillGroup: SemanticTokenTypes.class,
    PrecisionQueue: SemanticTokenTypes.class,
    Agent: SemanticTokenTypes.variable,
    ScriptSelector: SemanticTokenTypes.function,
    Department: SemanticTokenTypes.namespace,
    Queue: SemanticTokenTypes.struct,
    Server: SemanticTokenTypes.type,
    LoadBalancer: SemanticTokenTypes.type,
};

/** Properties whose value is one of a fixed set of words. */
const ENUM_PROPERTIES: Record<string, string[]> = {
    Channel: ['direction', 'medium'],
    Interruptibility: ['value'],
    Workflow: ['setting'],
    Roles: ['roles'],
    StickySessions: ['method'],
    Bandwidth: ['phase'],
    Latency: ['link'],
    HttpsAccess: ['state'],
    ChatOrigin: ['origin'],
    FileServerPorts: ['exposure'],
    MonthlyVolume: ['kind'],
    AverageSize: ['kind'],
};

export class EceSemanticTokenProvider extends AbstractSemanticTokenProvider {
    private readonly nameProvider: NameProvider;
    private readonly reflection: AstReflection;

    constructor(services: EceServices) {
        super(services);
        this.nameProvider = services.references.NameProvider;
        this.reflection = services.shared.AstReflection;
    }

    protected override highlightElement(node: AstNode, acceptor: SemanticTokenAcceptor): void {
        if (ast.isEceFile(node)) {
            // Numbers and strings in one pass over the file's tokens.
            for (const leaf of CstUtils.flattenCst(node.$cstNode!)) {
                const token = leaf.tokenType.name;
                if (token === 'NUMBER') acceptor({ cst: leaf, type: SemanticTokenTypes.number });
                else if (token === 'STRING') acceptor({ cst: leaf, type: SemanticTokenTypes.string });
            }
            return;
        }
        const declared = TOKEN_OF_TYPE[node.$type];
        const nameNode = declared ? this.nameProvider.getNameNode(node) : undefined;
        if (declared && nameNode) acceptor({ cst: nameNode, type: declared, modifier: SemanticTokenModifiers.declaration });
        for (const ref of AstUtils.streamReferences(node)) {
            const cst = ref.reference.$refNode;
            const type = TOKEN_OF_TYPE[this.reflection.getReferenceType(ref)];
            if (cst && type) acceptor({ cst, type });
        }
        for (const property of ENUM_PROPERTIES[node.$type] ?? []) {
            for (const cst of GrammarUtils.findNodesForProperty(node.$cstNode, property)) {
                if (cst.range.start.line === cst.range.end.line) acceptor({ cst, type: SemanticTokenTypes.enumMember });
            }
        }
        if (ast.isQuantity(node)) {
            const unit = GrammarUtils.findNodeForProperty(node.$cstNode, 'unit');
            if (unit) acceptor({ cst: unit, type: SemanticTokenTypes.type });
        }
    }
}
