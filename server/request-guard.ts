/**
 * Isolation of the editor features. langium/lsp's request handlers pass a provider's exception to
 * vscode-jsonrpc, which answers with an InternalError but logs nothing (the stack is lost), and
 * editors show a failed hover or completion as an error popup. Each provider here is wrapped so that
 * an exception is logged with its stack (the first time; then once per 100 repeats) and the request
 * is answered with an empty result (`null`): the server keeps serving every other request.
 * Cancellation and deliberate errors (a ResponseError, e.g. rename's "not a name") pass unchanged.
 *
 * The same wrapper applies the size limits (size-limits.ts): past them, the features that need the
 * deployment's analysis answer nothing instead of computing it.
 */
import { isOperationCancelled, type LangiumDocument } from 'langium';
import { ResponseError } from 'vscode-languageserver';
import type { SizeLimits } from './size-limits.js';

export interface GuardOptions {
    /** Answer nothing for a document whose deployment is past the size limits. */
    limits?: SizeLimits;
    /** Where failures go; console.error reaches the client's log (window/logMessage over stdio, stderr otherwise). */
    log?: (message: string) => void;
}

/** Failures by provider, method and message: how many times each happened. */
const failures = new Map<string, number>();

function isDocument(value: unknown): value is LangiumDocument {
    return typeof value === 'object' && value !== null && 'parseResult' in value && 'uri' in value && 'textDocument' in value;
}

function report(provider: string, method: string, error: unknown, log: (message: string) => void): void {
    const message = error instanceof Error ? error.message : String(error);
    const key = `${provider}.${method}: ${message}`;
    const count = (failures.get(key) ?? 0) + 1;
    failures.set(key, count);
    if (count === 1) {
        const stack = error instanceof Error && error.stack ? `\n${error.stack}` : '';
        log(`ECE language server: ${provider}.${method} failed; the request was answered with an empty result. ${message}${stack}`);
    } else if (count % 100 === 0) {
        log(`ECE language server: ${provider}.${method} failed again (${count} times): ${message}`);
    }
}

/**
 * The provider, with every method isolated: an exception (thrown or a rejected promise) is logged and
 * becomes `undefined`. Methods run on the provider itself, so its own calls between methods are not
 * wrapped twice.
 */
export function guarded<T extends object>(provider: T, name: string, options: GuardOptions = {}): T {
    const log = options.log ?? ((message: string) => console.error(message));
    const fail = (method: string, error: unknown): undefined => {
        if (isOperationCancelled(error) || error instanceof ResponseError) throw error;
        report(name, method, error, log);
        return undefined;
    };
    return new Proxy(provider, {
        get(target, property, receiver) {
            const value: unknown = Reflect.get(target, property, receiver);
            if (typeof value !== 'function' || property === 'constructor') return value;
            const method = String(property);
            return (...args: unknown[]): unknown => {
                try {
                    if (options.limits && isDocument(args[0]) && options.limits.exceeded(args[0])) return undefined;
                    const result: unknown = Reflect.apply(value, target, args);
                    return result instanceof Promise ? result.catch((error: unknown) => fail(method, error)) : result;
                } catch (error) {
                    return fail(method, error);
                }
            };
        },
    });
}
