/**
 * The background check reads deployment after deployment and lets each go (background-check.ts):
 * garbage of tens of MB per deployment the size of realistic-max. V8 collects it when it sees fit,
 * which on a busy machine is late: the 40-deployment benchmark peaked at 284 MB in one run and
 * 682 MB in the next. After letting go of a deployment, the server asks for a full collection once
 * the heap has grown by the budget since the last one, so its peak follows what it holds.
 *
 * `gc` comes from V8's `--expose-gc`, set at run time and read from a new context, as Jest's leak
 * detector does; where that is refused, nothing is collected by hand.
 */
import * as v8 from 'node:v8';
import * as vm from 'node:vm';

/** How much the heap may grow between two collections asked for by hand. */
const BUDGET_BYTES = 64 * 1024 * 1024;

function exposedGc(): (() => void) | undefined {
    try {
        v8.setFlagsFromString('--expose-gc');
        const gc: unknown = vm.runInNewContext('gc');
        return typeof gc === 'function' ? () => { gc(); } : undefined;
    } catch {
        return undefined;
    }
}

export class GarbageBudget {
    private readonly gc = exposedGc();
    private heapAfterLast = process.memoryUsage().heapUsed;

    /** Collects if the heap grew by more than the budget since the last collection. */
    spend(): void {
        if (!this.gc) return;
        const heap = process.memoryUsage().heapUsed;
        if (heap - this.heapAfterLast < BUDGET_BYTES) return;
        this.gc();
        this.heapAfterLast = process.memoryUsage().heapUsed;
    }
}
