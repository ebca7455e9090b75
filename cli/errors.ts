/** Exit codes of the `ece` command: 0 no errors, 1 diagnostics with errors, 2 usage or input problems. */
export const EXIT_OK = 0;
export const EXIT_ERRORS = 1;
export const EXIT_USAGE = 2;

/** A problem the user can fix on the command line; printed as one line, never with a stack trace. */
export class UsageError extends Error {}
