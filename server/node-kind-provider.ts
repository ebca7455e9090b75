/** Which icon each kind of object gets in outlines, symbol searches and completion lists. */
import type { AstNode, AstNodeDescription } from 'langium';
import type { NodeKindProvider } from 'langium/lsp';
import { CompletionItemKind, SymbolKind } from 'vscode-languageserver';

const KINDS: Record<string, [SymbolKind, CompletionItemKind]> = {
    Deployment: [SymbolKind.Package, CompletionItemKind.Module],
    Mrd: [SymbolKind.Enum, CompletionItemKind.Enum],
    Peripheral: [SymbolKind.Interface, CompletionItemKind.Interface],
    SkillGroup: [SymbolKind.Class, CompletionItemKind.Class],
    PrecisionQueue: [SymbolKind.Class, CompletionItemKind.Class],
    Agent: [SymbolKind.Variable, CompletionItemKind.Variable],
    ScriptSelector: [SymbolKind.Function, CompletionItemKind.Function],
    Department: [SymbolKind.Namespace, CompletionItemKind.Module],
    Queue: [SymbolKind.Struct, CompletionItemKind.Struct],
    Server: [SymbolKind.Object, CompletionItemKind.Value],
    LoadBalancer: [SymbolKind.Object, CompletionItemKind.Value],
    LoadProfile: [SymbolKind.Object, CompletionItemKind.Value],
    Network: [SymbolKind.Object, CompletionItemKind.Value],
    Security: [SymbolKind.Object, CompletionItemKind.Value],
};

export class EceNodeKindProvider implements NodeKindProvider {
    getSymbolKind(node: AstNode | AstNodeDescription): SymbolKind {
        return KINDS[typeOf(node)]?.[0] ?? SymbolKind.Field;
    }

    getCompletionItemKind(node: AstNode | AstNodeDescription): CompletionItemKind {
        return KINDS[typeOf(node)]?.[1] ?? CompletionItemKind.Reference;
    }
}

function typeOf(node: AstNode | AstNodeDescription): string {
    return '$type' in node ? node.$type : node.type;
}
