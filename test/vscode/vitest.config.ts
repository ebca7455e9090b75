import { defineConfig } from 'vitest/config';

/** The VS Code tests: one long run of code-server and Chromium, apart from the fast unit tests. */
export default defineConfig({
    test: {
        root: new URL('../..', import.meta.url).pathname,
        include: ['test/vscode/*.test.ts'],
        testTimeout: 120_000,
        hookTimeout: 12 * 60_000,
        fileParallelism: false,
    },
});
