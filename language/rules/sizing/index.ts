import type { Rule } from '../rule.js';
import { agentsPerApplicationServer } from './agents-per-application-server.js';
import { databaseDiskExhaustion } from './database-disk-exhaustion.js';
import { limitWithinHorizon } from './limit-within-horizon.js';
import { emailRateExceedsConfiguration } from './email-rate-exceeds-configuration.js';
import { topologyBelowConfiguration } from './topology-below-configuration.js';
import { unevenLoad } from './uneven-load.js';
import { unsupportedAgentCount } from './unsupported-agent-count.js';
import { workflowProcesses } from './workflow-processes.js';

export const SIZING_RULES: readonly Rule[] = [
    unsupportedAgentCount,
    agentsPerApplicationServer,
    topologyBelowConfiguration,
    emailRateExceedsConfiguration,
    workflowProcesses,
    unevenLoad,
    databaseDiskExhaustion,
    limitWithinHorizon,
];
