// Manual connection, for stores that do not install from the marketplace: the
// merchant pastes a store-level API account (API path + access token). Holding
// that token is the proof of authority, so it is also how such a merchant
// signs in again later.
import { Router } from 'express';
import { z } from 'zod';
import type { AppDeps } from '../app.js';
import { issueSessionToken } from '../auth/session.js';
import { safeEqual } from '../lib/crypto.js';
import { AppError } from '../lib/errors.js';
import { parseInput } from '../lib/validate.js';
import { accessTokenOf, recordInstall } from '../stores/service.js';
import { testConnection } from './service.js';
import { saveStoreInfo } from '../stores/info.js';

/** The user a manual connection acts as: the API account holder, not a control-panel user. */
export const API_ACCOUNT_USER_ID = 0;

export function connectionRoutes(deps: AppDeps): Router {
  const { config, models, logger, lifecycle } = deps;
  const router = Router();
  const apiOrigin = new URL(config.BC_API_URL).origin;

  const credentials = z.object({
    apiPath: z
      .string()
      .trim()
      .min(1, 'API path is required')
      .transform((s, ctx) => {
        // Accepts what BigCommerce shows ("https://api.bigcommerce.com/stores/abc123/v3/")
        // but never another host: the token must only ever be sent to BigCommerce.
        let u: URL;
        try {
          u = new URL(s);
        } catch {
          ctx.addIssue({ code: 'custom', message: 'API path must be a URL like https://api.bigcommerce.com/stores/abc123/v3/' });
          return z.NEVER;
        }
        const m = /^\/stores\/([a-z0-9]{1,32})(\/v[23])?\/?$/.exec(u.pathname);
        if (u.origin !== apiOrigin || !m) {
          ctx.addIssue({ code: 'custom', message: `API path must look like ${apiOrigin}/stores/{store hash}/v3/` });
          return z.NEVER;
        }
        return m[1]!;
      }),
    accessToken: z.string().trim().min(8, 'Access token is required'),
    clientId: z.string().trim().max(200).optional(),
  });

  router.post('/api/connect/test', async (req, res) => {
    const input = parseInput(credentials, req.body, 'connection details');
    res.json(
      await testConnection(
        { apiUrl: config.BC_API_URL, storeHash: input.apiPath, accessToken: input.accessToken, probeScopes: true },
        logger,
      ),
    );
  });

  router.post('/api/connect', async (req, res) => {
    const input = parseInput(credentials, req.body, 'connection details');
    const storeHash = input.apiPath;
    const existing = await models.Store.findOne({ storeHash }).lean();
    if (existing?.status === 'active' && existing.connection === 'oauth') {
      throw new AppError(
        409,
        'installed_from_marketplace',
        'This store already has Tandem installed from the BigCommerce marketplace. Open it from Apps › My Apps in the control panel.',
      );
    }
    // Signing in again with the token already saved needs no BigCommerce round trip.
    const sameToken =
      existing?.status === 'active' && existing.accessTokenEnc && safeEqual(accessTokenOf(config, existing), input.accessToken);
    if (!sameToken) {
      const result = await testConnection(
        { apiUrl: config.BC_API_URL, storeHash, accessToken: input.accessToken, probeScopes: true },
        logger,
      );
      if (!result.ok) throw new AppError(422, result.problem, result.message, { missingScopes: result.missingScopes });
      const owner = { id: API_ACCOUNT_USER_ID, email: result.store.adminEmail ?? '', username: 'API account' };
      await recordInstall(
        { config, models },
        {
          storeHash,
          accessToken: input.accessToken,
          scopes: [],
          owner,
          user: owner,
          connection: 'manual',
          apiClientId: input.clientId ?? null,
        },
      );
      await saveStoreInfo(models, storeHash, result.store);
      logger.info('store connected manually', { storeHash });
      await lifecycle.installed(storeHash);
    }
    const store = await models.Store.findOne({ storeHash }).lean();
    res.json({
      ...issueSessionToken(config, { storeHash, userId: API_ACCOUNT_USER_ID, installEpoch: store!.installEpoch }),
      path: '/',
    });
  });

  return router;
}
