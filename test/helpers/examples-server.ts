/** One language server on all examples, and two of them checked the CLI's way, for the custom-request tests. */
import * as path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { checkFolder, REPO_ROOT, type CheckedFolder } from './check-folder.js';
import { LspClient } from './lsp-client.js';

export const EXAMPLES = path.join(REPO_ROOT, 'examples');
export const ROUTING = path.join(EXAMPLES, 'integrated-routing');
export const MISTAKES = path.join(EXAMPLES, 'mistakes');

export interface ExamplesSession {
    client: LspClient;
    routing: CheckedFolder;
    mistakes: CheckedFolder;
}

/** Registers the suite's hooks; the session's fields are set once `beforeAll` has run. */
export function examplesServer(): ExamplesSession {
    const session = {} as ExamplesSession;
    beforeAll(async () => {
        session.routing = await checkFolder(ROUTING);
        session.mistakes = await checkFolder(MISTAKES);
        session.client = await LspClient.start(EXAMPLES);
    });
    afterAll(async () => {
        await session.client?.stop();
    });
    return session;
}
