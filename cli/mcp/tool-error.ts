/** A bad argument or an input the tool cannot use: answered as a tool error (`isError`) in these words, never as a stack trace. */
export class ToolError extends Error {}
