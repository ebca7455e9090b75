/** The extension's command ids, as contributed in package.json. */
export const COMMANDS = {
    showSizingReport: 'ece.showSizingReport',
    exportReportMarkdown: 'ece.exportReportMarkdown',
    restartLanguageServer: 'ece.restartLanguageServer',
} as const;
