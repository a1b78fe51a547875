// Features hook into install and uninstall here instead of the callback routes
// knowing about every feature. A failing listener is logged and does not undo
// the install: the periodic checks and the "Repair" actions put things right.
import type { Logger } from '../lib/logger.js';

export interface StoreLifecycleListener {
  name: string;
  onInstalled?(storeHash: string): Promise<void>;
  /** Stop the store's work and purge what the data policy says to purge. */
  onUninstalled?(storeHash: string, opts: { purgePersonalData: boolean }): Promise<void>;
}

export class StoreLifecycle {
  private readonly listeners: StoreLifecycleListener[] = [];

  constructor(private readonly logger: Logger) {}

  register(listener: StoreLifecycleListener): void {
    this.listeners.push(listener);
  }

  async installed(storeHash: string): Promise<void> {
    for (const l of this.listeners) {
      if (!l.onInstalled) continue;
      try {
        await l.onInstalled(storeHash);
      } catch (err) {
        this.logger.error('install step failed', { storeHash, step: l.name, err });
      }
    }
  }

  async uninstalled(storeHash: string, opts: { purgePersonalData: boolean }): Promise<void> {
    for (const l of this.listeners) {
      if (!l.onUninstalled) continue;
      try {
        await l.onUninstalled(storeHash, opts);
      } catch (err) {
        this.logger.error('uninstall step failed', { storeHash, step: l.name, err });
      }
    }
  }
}
