import type { BigCommerceClient } from '../bigcommerce/index.js';
import type { Models } from '../db/models.js';
import type { Logger } from '../lib/logger.js';
import type { CustomerMirror, OrderMirror } from './model.js';

/**
 * Features react to synced data here (commissions, points, automations)
 * instead of the sync engine knowing them. Listeners run inside the job that
 * synced the data, so they must be idempotent: a job may run again after a crash.
 */
export interface SyncObserver {
  name: string;
  orderSynced?(order: OrderMirror, ctx: StoreSyncContext): Promise<void>;
  customerSynced?(customer: CustomerMirror, ctx: StoreSyncContext): Promise<void>;
  customerDeleted?(customerId: number, ctx: StoreSyncContext): Promise<void>;
}

export class SyncObservers {
  private readonly list: SyncObserver[] = [];
  register(o: SyncObserver) {
    this.list.push(o);
  }
  /** Lets writers skip re-reading what they stored when nobody listens. */
  watches(event: 'orderSynced' | 'customerSynced' | 'customerDeleted'): boolean {
    return this.list.some((o) => o[event] !== undefined);
  }
  async orderSynced(order: OrderMirror, ctx: StoreSyncContext) {
    for (const o of this.list) await o.orderSynced?.(order, ctx);
  }
  async customerSynced(customer: CustomerMirror, ctx: StoreSyncContext) {
    for (const o of this.list) await o.customerSynced?.(customer, ctx);
  }
  async customerDeleted(customerId: number, ctx: StoreSyncContext) {
    for (const o of this.list) await o.customerDeleted?.(customerId, ctx);
  }
}

/** Everything a sync step for one store needs. */
export interface StoreSyncContext {
  storeHash: string;
  client: BigCommerceClient;
  models: Models;
  logger: Logger;
  observers: SyncObservers;
  /** The store's default currency, for catalogue prices. */
  storeCurrency: string;
  signal?: AbortSignal;
}
