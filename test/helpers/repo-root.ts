import * as path from 'node:path';

/** The repository's root folder (this file is test/helpers/repo-root.ts, compiled or not). */
export const REPO_ROOT = path.resolve(new URL('../..', import.meta.url).pathname);
