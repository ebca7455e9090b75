/**
 * Writes a file atomically: the text goes to a hidden temporary file in the same folder (so that the
 * rename stays on one file system), which then replaces the file in one rename. A reader, an editor or
 * a crash never sees half a file. The file keeps its permissions.
 */
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

export function writeFileAtomic(file: string, text: string): void {
    const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    const mode = fs.statSync(file, { throwIfNoEntry: false })?.mode;
    try {
        fs.writeFileSync(temporary, text, { flag: 'wx', mode: mode ?? 0o644 });
        fs.renameSync(temporary, file);
    } catch (error) {
        fs.rmSync(temporary, { force: true });
        throw error;
    }
}
