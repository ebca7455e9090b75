/**
 * The export descriptions computed when read (ece-descriptions.ts) and the reference index built when
 * read (ece-index-manager.ts) must hold what Langium's eager ones hold. Compared on every example,
 * in-process with langium/test's parseHelper; each example's files in a folder of their own.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
    AstUtils, DefaultAstNodeDescriptionProvider, EmptyFileSystem,
    type AstNodeDescription, type LangiumDocument, type ReferenceDescription,
} from 'langium';
import { parseHelper } from 'langium/test';
import { describe, expect, it } from 'vitest';
import { createEceCoreServices } from '../../../language/ece-module.js';
import { REPO_ROOT } from '../../helpers/check-folder.js';

const { Ece } = createEceCoreServices(EmptyFileSystem);
const parse = parseHelper(Ece);
const EXAMPLES = path.join(REPO_ROOT, 'examples');
const examples = fs.readdirSync(EXAMPLES).filter(name => fs.statSync(path.join(EXAMPLES, name)).isDirectory());

const loaded = new Map<string, Promise<LangiumDocument[]>>();
function loadExample(example: string): Promise<LangiumDocument[]> {
    if (!loaded.has(example)) loaded.set(example, parseExample(example));
    return loaded.get(example)!;
}

async function parseExample(example: string): Promise<LangiumDocument[]> {
    const folder = path.join(EXAMPLES, example);
    const documents: LangiumDocument[] = [];
    for (const file of fs.readdirSync(folder).filter(f => f.endsWith('.ece'))) {
        documents.push(await parse(fs.readFileSync(path.join(folder, file), 'utf8'), { documentUri: `file:///descriptions/${example}/${file}` }));
    }
    return documents;
}

/** A description's fields, read. */
function read(d: AstNodeDescription) {
    return { name: d.name, type: d.type, uri: d.documentUri.toString(), path: d.path, nameSegment: d.nameSegment, selectionSegment: d.selectionSegment };
}

describe('descriptions computed when read', () => {
    const langium = new DefaultAstNodeDescriptionProvider(Ece);

    it.each(examples)('describe each exported object of examples/%s as Langium does', async example => {
        let described = 0;
        for (const document of await loadExample(example)) {
            const exported = Ece.shared.workspace.IndexManager.allElements().filter(d => d.documentUri.toString() === document.uri.toString()).toArray();
            for (const description of exported) {
                expect(read(description)).toEqual(read(langium.createDescription(description.node!, description.name, document)));
                described++;
            }
        }
        expect(described).toBeGreaterThan(0);
    });

    it.each(examples)('index the references of examples/%s as Langium does', async example => {
        const documents = await loadExample(example);
        const index = Ece.shared.workspace.IndexManager;
        const node = AstUtils.streamAst(documents[0].parseResult.value).find(n => 'name' in n)!;
        index.findAllReferences(node, Ece.workspace.AstNodeLocator.getAstNodePath(node)).toArray();
        const stored = (index as unknown as { referenceIndex: Map<string, ReferenceDescription[]> }).referenceIndex;
        let references = 0;
        for (const document of documents) {
            const expected = await Ece.workspace.ReferenceDescriptionProvider.createDescriptions(document);
            expect(stored.get(document.uri.toString())).toEqual(expected);
            references += expected.length;
        }
        expect(references).toBeGreaterThan(0);
    });
});
