import type { Rule } from '../rule.js';
import { agentLatency } from './agent-latency.js';
import { largeAttachments } from './large-attachments.js';
import { loginBandwidth } from './login-bandwidth.js';
import { steadyBandwidth } from './steady-bandwidth.js';
import { ucceLatency } from './ucce-latency.js';

export const NETWORK_RULES: readonly Rule[] = [
    agentLatency,
    ucceLatency,
    loginBandwidth,
    steadyBandwidth,
    largeAttachments,
];
