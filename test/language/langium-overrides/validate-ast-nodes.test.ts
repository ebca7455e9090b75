/**
 * The validator's loop (language/langium-overrides/validate-ast-nodes.ts) replaces Langium's: on every
 * example it must accept the same diagnostics, on the same nodes, in the same order. In-process, with
 * langium/test's parseHelper; each example's files in a folder of their own.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Cancellation, DefaultDocumentValidator, EmptyFileSystem, type AstNode, type ValidationAcceptor, type ValidationOptions } from 'langium';
import { parseHelper } from 'langium/test';
import { describe, expect, it } from 'vitest';
import { createEceCoreServices } from '../../../language/ece-module.js';
import { REPO_ROOT } from '../../helpers/check-folder.js';

const { Ece } = createEceCoreServices(EmptyFileSystem);
const parse = parseHelper(Ece);
const validator = Ece.validation.DocumentValidator;
const EXAMPLES = path.join(REPO_ROOT, 'examples');

type Loop = (root: AstNode, options: ValidationOptions, acceptor: ValidationAcceptor, cancelToken: Cancellation.CancellationToken) => Promise<void>;
const loops = {
    ours: (validator as unknown as { validateAstNodes: Loop }).validateAstNodes,
    langium: (DefaultDocumentValidator.prototype as unknown as { validateAstNodes: Loop }).validateAstNodes,
};

async function accepted(loop: Loop, root: AstNode): Promise<string[]> {
    const found: string[] = [];
    const acceptor: ValidationAcceptor = (severity, message, info) => {
        found.push(`${severity} ${info.node.$type}@${info.node.$cstNode?.offset} ${String(info.property ?? '')}: ${message}`);
    };
    await loop.call(validator, root, {}, acceptor, Cancellation.CancellationToken.None);
    return found;
}

describe('the validator\'s loop', () => {
    const examples = fs.readdirSync(EXAMPLES).filter(name => fs.statSync(path.join(EXAMPLES, name)).isDirectory());

    it.each(examples)('accepts what Langium\'s loop accepts on examples/%s', async example => {
        const folder = path.join(EXAMPLES, example);
        const documents = [];
        for (const file of fs.readdirSync(folder).filter(f => f.endsWith('.ece'))) {
            documents.push(await parse(fs.readFileSync(path.join(folder, file), 'utf8'), { documentUri: `file:///loop/${example}/${file}` }));
        }
        let total = 0;
        for (const document of documents) {
            const ours = await accepted(loops.ours, document.parseResult.value);
            expect(ours).toEqual(await accepted(loops.langium, document.parseResult.value));
            total += ours.length;
        }
        if (example === 'mistakes') expect(total).toBeGreaterThan(0);
    });
});
