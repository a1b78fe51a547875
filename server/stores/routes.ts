import { Router } from 'express';
import type { AppDeps } from '../app.js';
import { requireSession, sessionOf } from '../auth/session.js';
import { testConnection } from '../connection/service.js';
import { saveStoreInfo } from './info.js';
import { accessTokenOf } from './service.js';

export function storeRoutes(deps: AppDeps): Router {
  const { config, models, logger } = deps;
  const router = Router();
  router.use('/api/store', requireSession(config, models));

  router.get('/api/store', (req, res) => {
    const { store, user } = sessionOf(req);
    res.json({
      store: {
        hash: store.storeHash,
        connection: store.connection,
        status: store.status,
        scopes: store.scopes,
        installedAt: store.installedAt,
        ...store.info,
      },
      user: { id: user.userId, email: user.email, role: user.role, locale: user.locale },
      supportUrl: config.SUPPORT_URL,
    });
  });

  router.post('/api/store/test-connection', async (req, res) => {
    const { store } = sessionOf(req);
    const result = await testConnection(
      {
        apiUrl: config.BC_API_URL,
        storeHash: store.storeHash,
        accessToken: accessTokenOf(config, store),
        probeScopes: store.connection === 'manual',
      },
      logger,
    );
    if (result.ok || result.store) await saveStoreInfo(models, store.storeHash, result.store!);
    res.json(result);
  });

  return router;
}
