/**
 * The guide's network figures (chapter 4, "Network Latency" and "Bandwidth Requirements"; repeated in
 * chapter 3, "High Availability Options", and chapter 4, "Geographic Server Distribution").
 * Bandwidths are in kilobits per second (1 Mbps = 1000 kbps); sizes in KB.
 */

/** "When agents connect to the application remotely, the permissible network latency is 300 milliseconds (one way)." */
export const MAX_AGENT_LATENCY_MS = 300;

/** "The maximum permissible one-way network delay between the ECE servers and the Unified CCE servers is 300 milliseconds." */
export const MAX_UCCE_LATENCY_MS = 300;

/** "The minimum required network bandwidth for an agent connecting to the ECE servers at login is 384 kilobits/second or higher." */
export const MIN_LOGIN_BANDWIDTH_KBPS = 384;

/** "After login, at a steady state, an average bandwidth of 40 kilobits/second or higher is required." */
export const MIN_STEADY_BANDWIDTH_KBPS = 40;

/** "An attachment size of up to 50 KB can be accommodated within this required bandwidth." */
export const MAX_ATTACHMENT_KB = 50;
