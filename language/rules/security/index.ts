import type { Rule } from '../rule.js';
import { externalChatDmz } from './external-chat-dmz.js';
import { fileServerPorts } from './file-server-ports.js';
import { httpsRequired } from './https-required.js';

export const SECURITY_RULES: readonly Rule[] = [
    httpsRequired,
    externalChatDmz,
    fileServerPorts,
];
