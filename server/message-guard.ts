/**
 * The JSON-RPC rules that vscode-languageserver leaves to the server, enforced before any handler
 * runs (stdio transport): a request before `initialize` is answered at once with -32002
 * (ServerNotInitialized) instead of waiting forever; a message that is not JSON is answered with
 * -32700 (ParseError, `id: null`); a request whose `params` is `null` (JSON-RPC allows an object, an
 * array, or none) is answered with -32602 (InvalidParams) instead of an internal error.
 */
import {
    ErrorCodes, Message, StreamMessageReader, StreamMessageWriter, type DataCallback, type Disposable,
    type MessageReader, type MessageWriter, type ResponseMessage,
} from 'vscode-languageserver/node.js';

export function guardedStdio(): { reader: MessageReader; writer: MessageWriter } {
    const writer = new StreamMessageWriter(process.stdout);
    const reader = new StreamMessageReader(process.stdin);
    const answer = (id: ResponseMessage['id'], code: number, message: string) =>
        void writer.write({ jsonrpc: '2.0', id, error: { code, message } } as ResponseMessage);
    let initializing = false;
    reader.onError(error => {
        if (error instanceof SyntaxError) answer(null, ErrorCodes.ParseError, `Parse error: ${error.message}`);
    });
    const listen = reader.listen.bind(reader);
    const guardedReader: MessageReader = Object.assign(Object.create(reader) as MessageReader, {
        listen(callback: DataCallback): Disposable {
            return listen((message: Message) => {
                if (Message.isRequest(message)) {
                    if (message.method === 'initialize') {
                        initializing = true;
                    } else if (!initializing) {
                        answer(message.id, ErrorCodes.ServerNotInitialized, `The server is not initialized: send 'initialize' before '${message.method}'.`);
                        return;
                    }
                    // `shutdown` takes no params; some clients write that as null.
                    if (message.params === null && message.method !== 'shutdown') {
                        answer(message.id, ErrorCodes.InvalidParams, `'${message.method}' needs params: an object or an array, not null.`);
                        return;
                    }
                }
                callback(message);
            });
        },
    });
    return { reader: guardedReader, writer };
}
