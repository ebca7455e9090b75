/**
 * Temporary folders for tests, removed when the test that made them ends. A folder made outside a
 * test (in a `beforeAll`) is for the caller to remove in its `afterAll` (`removeTempFolder`); any
 * such folder left is removed when the test process exits.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { onTestFinished } from 'vitest';

const outsideTests = new Set<string>();

export function removeTempFolder(folder: string): void {
    fs.rmSync(folder, { recursive: true, force: true });
    outsideTests.delete(folder);
}

/** A fresh folder under the system's temporary folder, its name starting with `prefix`. */
export function makeTempFolder(prefix = 'ece-test-'): string {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    try {
        onTestFinished(() => removeTempFolder(folder));
    } catch {
        if (outsideTests.size === 0) process.once('exit', () => outsideTests.forEach(f => fs.rmSync(f, { recursive: true, force: true })));
        outsideTests.add(folder);
    }
    return folder;
}
