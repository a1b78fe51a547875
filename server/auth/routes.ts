// BigCommerce's four app callbacks at the exact paths it calls, plus the
// exchange of a one-time code for an app session.
import { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import type { AppDeps } from '../app.js';
import { AppError } from '../lib/errors.js';
import { renderMessagePage } from '../lib/html.js';
import { parseInput } from '../lib/validate.js';
import { recordInstall, recordUninstall, upsertUser } from '../stores/service.js';
import { spendOnce } from './model.js';
import { exchangeAuthCode, OAuthExchangeError } from './oauth.js';
import { issueExchangeCode, issueSessionToken, redeemExchangeCode, requireSession, sessionOf } from './session.js';
import { verifySignedPayload, type SignedPayload } from './signed-payload.js';

const authQuery = z.object({
  code: z.string().min(1, 'code is missing'),
  scope: z.string().min(1, 'scope is missing'),
  context: z.string().regex(/^stores\/[a-z0-9]{1,32}$/, 'context must be stores/{hash}'),
  account_uuid: z.string().optional(),
  external_install: z.string().optional(),
});

/** Deep links from the `url` claim stay inside the app: a path, never another origin. */
export function safeAppPath(url: string | undefined): string {
  if (!url || !url.startsWith('/') || url.startsWith('//') || url.includes('\\')) return '/';
  return url;
}

export function authRoutes(deps: AppDeps): Router {
  const { config, models, logger, lifecycle } = deps;
  const router = Router();
  const purgePersonalData = config.UNINSTALL_DATA_POLICY === 'purge_personal_data';

  router.get('/auth', async (req: Request, res: Response) => {
    const q = authQuery.safeParse(req.query);
    if (!q.success) {
      res.status(400).type('html').send(
        renderMessagePage({
          tone: 'error',
          title: 'This install link is incomplete',
          message: `BigCommerce's install request was missing information (${q.error.issues.map((i) => i.message).join(', ')}). Start the install again from the BigCommerce control panel.`,
        }),
      );
      return;
    }
    const { code, scope, context, account_uuid, external_install } = q.data;
    const storeHash = context.slice('stores/'.length);
    const installUrl = `${config.BC_LOGIN_URL}/app/${encodeURIComponent(config.BC_CLIENT_ID)}/install`;
    let token;
    try {
      token = await exchangeAuthCode({
        loginUrl: config.BC_LOGIN_URL,
        clientId: config.BC_CLIENT_ID,
        clientSecret: config.BC_CLIENT_SECRET,
        redirectUri: `${config.APP_URL}/auth`,
        code,
        scope,
        context,
      });
    } catch (err) {
      const message = err instanceof OAuthExchangeError ? err.message : 'unexpected error';
      logger.warn('install failed: token exchange', { storeHash, reason: message });
      if (external_install !== undefined) return res.redirect(302, `${installUrl}/failed`);
      res.status(502).type('html').send(
        renderMessagePage({
          tone: 'error',
          title: 'Tandem could not be installed',
          message: `We could not confirm the installation with BigCommerce: ${message}. Nothing was saved. Please try installing again; if it keeps failing, contact support.`,
          action: { href: config.SUPPORT_URL, label: 'Contact support' },
        }),
      );
      return;
    }

    await recordInstall(
      { config, models },
      {
        storeHash,
        accessToken: token.access_token,
        scopes: token.scope.split(/\s+/).filter(Boolean),
        owner: token.owner,
        user: token.user,
        accountUuid: token.account_uuid ?? account_uuid,
        connection: 'oauth',
      },
    );
    logger.info('store installed', { storeHash, userId: token.user.id });
    await lifecycle.installed(storeHash);

    if (external_install !== undefined) return res.redirect(302, `${installUrl}/succeeded`);
    const exchange = await issueExchangeCode(models, { storeHash, userId: token.user.id, path: '/' });
    res.redirect(302, `/app/?exchange=${encodeURIComponent(exchange)}`);
  });

  /** Verifies the JWT, that its store is installed, and that it has not been used before. */
  async function verifiedCallback(req: Request): Promise<SignedPayload> {
    const claims = verifySignedPayload(req.query.signed_payload_jwt, {
      clientId: config.BC_CLIENT_ID,
      clientSecret: config.BC_CLIENT_SECRET,
    });
    const store = await models.Store.findOne({ storeHash: claims.storeHash }, { status: 1 }).lean();
    if (!store || store.status !== 'active') {
      throw new AppError(401, 'store_not_installed', `Store ${claims.storeHash} does not have the app installed`);
    }
    return claims;
  }

  /** Records the jti as spent; a second use of the same JWT is a replay. */
  async function spendJwt(claims: SignedPayload): Promise<void> {
    if (!(await spendOnce(models, `jwt:${claims.jti}`, new Date(claims.exp * 1000)))) {
      throw new AppError(401, 'replayed_signed_payload', 'signed_payload_jwt rejected: already used');
    }
  }

  router.get('/load', async (req, res) => {
    const claims = await verifiedCallback(req);
    const existing = await models.StoreUser.findOne({ storeHash: claims.storeHash, userId: claims.user.id }).lean();
    // A JWT minted before the user was removed must not let them back in; one
    // minted after it means the owner granted access again.
    if (existing?.status === 'removed' && existing.removedAt && claims.iat * 1000 <= existing.removedAt.getTime()) {
      throw new AppError(401, 'user_removed', 'This user no longer has access to the app');
    }
    await spendJwt(claims);
    await upsertUser(models, {
      storeHash: claims.storeHash,
      user: { id: claims.user.id, email: claims.user.email, locale: claims.user.locale },
      role: claims.user.id === claims.owner.id ? 'owner' : 'user',
      now: new Date(),
    });
    const exchange = await issueExchangeCode(models, {
      storeHash: claims.storeHash,
      userId: claims.user.id,
      path: safeAppPath(claims.url),
    });
    res.redirect(302, `/app/?exchange=${encodeURIComponent(exchange)}`);
  });

  router.get('/uninstall', async (req, res) => {
    const claims = await verifiedCallback(req);
    await spendJwt(claims);
    await recordUninstall(models, claims.storeHash, { purgePersonalData });
    await lifecycle.uninstalled(claims.storeHash, { purgePersonalData });
    logger.info('store uninstalled', { storeHash: claims.storeHash, userId: claims.user.id });
    res.json({ ok: true });
  });

  router.get('/remove_user', async (req, res) => {
    const claims = await verifiedCallback(req);
    if (claims.user.id === claims.owner.id) {
      throw new AppError(401, 'cannot_remove_owner', 'The store owner cannot be removed from the app');
    }
    await spendJwt(claims);
    const now = new Date();
    // A tombstone, even for a user never seen, so a replayed load JWT cannot create them later.
    await models.StoreUser.findOneAndUpdate(
      { storeHash: claims.storeHash, userId: claims.user.id },
      {
        $set: { status: 'removed', removedAt: now, ...(purgePersonalData ? { email: null, username: null } : {}) },
        $setOnInsert: { role: 'user', firstSeenAt: now },
      },
      { upsert: true },
    );
    logger.info('user removed', { storeHash: claims.storeHash, userId: claims.user.id });
    res.json({ ok: true });
  });

  router.post('/api/session', async (req, res) => {
    const { code } = parseInput(z.object({ code: z.string().min(1) }), req.body, 'session request');
    const row = await redeemExchangeCode(models, code);
    const store = await models.Store.findOne({ storeHash: row.storeHash }).lean();
    const user = await models.StoreUser.findOne({ storeHash: row.storeHash, userId: row.userId }).lean();
    if (!store || store.status !== 'active') throw new AppError(401, 'store_not_installed', 'The app is no longer installed on this store.');
    if (!user || user.status !== 'active') throw new AppError(401, 'user_removed', 'Your access to this app has been removed.');
    res.json({
      ...issueSessionToken(config, { storeHash: store.storeHash, userId: user.userId, installEpoch: store.installEpoch }),
      path: row.path,
    });
  });

  router.post('/api/session/refresh', requireSession(config, models), (req, res) => {
    const { store, user } = sessionOf(req);
    res.json(issueSessionToken(config, { storeHash: store.storeHash, userId: user.userId, installEpoch: store.installEpoch }));
  });

  return router;
}
