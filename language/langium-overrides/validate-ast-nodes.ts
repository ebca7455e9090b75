/**
 * Langium's document validator with its per-node loop replaced (`validateAstNodes`). Langium's loop
 * awaits once per AST node and looks its checks up again each time; few node types have checks, so
 * this looks them up once per type and awaits only where a check runs (same nodes, same order).
 * Our diagnostics conventions are on top of it, in validation/ece-document-validator.ts.
 */
import {
    Cancellation, DefaultDocumentValidator, interruptAndCheck,
    type AstNode, type ValidationAcceptor, type ValidationCheck, type ValidationOptions,
} from 'langium';
import { forEachAstNode } from './ast-walk.js';

export class PlainLoopDocumentValidator extends DefaultDocumentValidator {
    protected override async validateAstNodes(
        rootNode: AstNode, options: ValidationOptions, acceptor: ValidationAcceptor, cancelToken = Cancellation.CancellationToken.None,
    ): Promise<void> {
        if (this.profiler?.isActive('validating')) return super.validateAstNodes(rootNode, options, acceptor, cancelToken);
        const checksByType = new Map<string, ValidationCheck[]>();
        const work: [AstNode, ValidationCheck[]][] = [];
        forEachAstNode(rootNode, node => {
            let checks = checksByType.get(node.$type);
            if (!checks) {
                checks = [...this.validationRegistry.getChecks(node.$type, options.categories)];
                checksByType.set(node.$type, checks);
            }
            if (checks.length > 0) work.push([node, checks]);
        });
        for (const [node, checks] of work) {
            await interruptAndCheck(cancelToken);
            for (const check of checks) await check(node, acceptor, cancelToken);
        }
    }
}
