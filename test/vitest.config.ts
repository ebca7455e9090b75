import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
    test: {
        root: new URL('..', import.meta.url).pathname,
        include: ['test/**/*.test.ts'],
        // The VS Code tests run on their own (test/vscode/vitest.config.ts, `npm run test:vscode`).
        exclude: [...configDefaults.exclude, 'test/vscode/**'],
        testTimeout: 30_000,
        hookTimeout: 60_000,
    },
});
