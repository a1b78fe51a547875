// The store's profile (name, currency, plan, timezone…) cached from /v2/store,
// refreshed on install and on every "Test connection".
import type { StoreSummary } from '../connection/service.js';
import type { Models } from '../db/models.js';
import type { Config } from '../config.js';
import type { Logger } from '../lib/logger.js';
import type { StoreLifecycleListener } from './lifecycle.js';
import { testConnection } from '../connection/service.js';
import { accessTokenOf } from './service.js';

export async function saveStoreInfo(models: Models, storeHash: string, s: StoreSummary): Promise<void> {
  await models.Store.updateOne(
    { storeHash },
    {
      $set: {
        info: {
          name: s.name,
          domain: s.domain,
          secureUrl: s.secureUrl,
          controlPanelUrl: s.controlPanelUrl,
          currency: s.currency,
          planName: s.planName,
          timezone: s.timezone,
          language: s.language,
          refreshedAt: new Date(),
        },
      },
    },
  );
}


/** On install, read the store profile so the UI can greet the merchant by store name. */
export function storeInfoOnInstall(deps: { config: Config; models: Models; logger: Logger }): StoreLifecycleListener {
  return {
    name: 'store-info',
    async onInstalled(storeHash) {
      const store = await deps.models.Store.findOne({ storeHash }).lean();
      if (!store?.accessTokenEnc) return;
      const result = await testConnection(
        { apiUrl: deps.config.BC_API_URL, storeHash, accessToken: accessTokenOf(deps.config, store), probeScopes: false },
        deps.logger,
      );
      if (result.ok) await saveStoreInfo(deps.models, storeHash, result.store);
      else deps.logger.warn('could not read store profile after install', { storeHash, problem: result.problem });
    },
  };
}
