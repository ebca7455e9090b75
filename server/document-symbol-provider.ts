/**
 * The outline: every declaration with its kind, departments containing their queues, and the
 * unnamed blocks (load profile, network, security) under their keywords.
 */
import { AstUtils, Cancellation, GrammarUtils, interruptAndCheck, type AstNode, type CstNode, type LangiumDocument } from 'langium';
import { DefaultDocumentSymbolProvider } from 'langium/lsp';
import { SymbolKind, type DocumentSymbol, type DocumentSymbolParams } from 'vscode-languageserver';
import * as ast from '../language/generated/ast.js';

const DETAIL: Record<string, string> = {
    Deployment: 'deployment', Mrd: 'MRD', Peripheral: 'peripheral', SkillGroup: 'skill group',
    PrecisionQueue: 'precision queue', Agent: 'agent', ScriptSelector: 'script selector', Department: 'department',
    Queue: 'queue', Server: 'server', LoadBalancer: 'load balancer',
};

export class EceDocumentSymbolProvider extends DefaultDocumentSymbolProvider {
    /**
     * The file's declarations, as Langium lists them, with a pause every few hundred where a
     * cancelled request stops (the outline of a 50,000-object file takes seconds).
     */
    override async getSymbols(document: LangiumDocument, _params: DocumentSymbolParams, cancelToken = Cancellation.CancellationToken.None): Promise<DocumentSymbol[]> {
        const symbols: DocumentSymbol[] = [];
        let visited = 0;
        for (const element of AstUtils.streamContents(document.parseResult.value)) {
            if (++visited % 256 === 0) await interruptAndCheck(cancelToken);
            for (const symbol of this.getSymbol(document, element)) symbols.push(symbol);
        }
        return symbols;
    }

    protected override getSymbol(document: LangiumDocument, node: AstNode): DocumentSymbol[] {
        const block = ast.isLoadProfile(node) ? 'load profile' : ast.isNetwork(node) ? 'network' : ast.isSecurity(node) ? 'security' : undefined;
        const cst = node.$cstNode;
        if (block && cst) {
            const keyword = GrammarUtils.findNodeForKeyword(cst, block.split(' ')[0]) ?? cst;
            return [{ name: block, kind: SymbolKind.Object, range: cst.range, selectionRange: keyword.range }];
        }
        return super.getSymbol(document, node);
    }

    protected override createSymbol(document: LangiumDocument, node: AstNode, cst: CstNode, nameNode: CstNode, name?: string): DocumentSymbol {
        const symbol = super.createSymbol(document, node, cst, nameNode, name);
        const detail = DETAIL[node.$type];
        return detail ? { ...symbol, detail } : symbol;
    }
}
