// A merchant installs Tandem, opens it, shares it with a colleague, removes the
// colleague, uninstalls and reinstalls, exactly as BigCommerce drives it, while
// forged or stale callbacks change nothing.
import jwt from 'jsonwebtoken';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { decryptSecret } from '../server/lib/crypto.js';
import { bearer, exchangeCodeFrom, installStore, loadAs, redeem, startHarness, type Harness } from './helpers/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const storeDoc = (storeHash: string) => h.app.deps.models.Store.findOne({ storeHash }).lean();
const snapshot = async (storeHash: string) => ({
  store: await storeDoc(storeHash),
  users: await h.app.deps.models.StoreUser.find({ storeHash }).sort({ userId: 1 }).lean(),
});

describe('install from the marketplace', () => {
  it('exchanges the code, stores the token encrypted against the store hash, and opens the app as the installer', async () => {
    const store = h.sim.control.createStore({ name: 'Alpine Goods' });
    const { authUrl } = await h.sim.control.beginInstall(store.hash);
    const res = await fetch(authUrl, { redirect: 'manual' });
    expect(res.status).toBe(302);
    const { token, path } = await redeem(h, exchangeCodeFrom(res.headers.get('location')));
    expect(path).toBe('/');

    const doc = await storeDoc(store.hash);
    expect(doc).toMatchObject({ status: 'active', connection: 'oauth', uninstalledAt: null });
    expect(doc!.scopes).toContain('store_v2_orders_read_only');
    expect(doc!.owner!.email).toBeTruthy();
    // Encrypted at rest: the stored value is not the token, and decrypts to the live one.
    const live = { accessToken: h.sim.control.accessToken(store.hash)! };
    expect(doc!.accessTokenEnc).not.toContain(live.accessToken);
    expect(decryptSecret(doc!.accessTokenEnc!, h.config.TOKEN_ENCRYPTION_KEY, store.hash)).toBe(live.accessToken);

    const me = await request(h.url).get('/api/store').set(bearer(token));
    expect(me.status).toBe(200);
    expect(me.body.store).toMatchObject({ hash: store.hash, name: 'Alpine Goods', connection: 'oauth' });
    expect(me.body.user.role).toBe('owner');
    expect(JSON.stringify(me.body)).not.toContain(live.accessToken);
  });

  it('shows a clear error page and stores nothing when BigCommerce refuses the code', async () => {
    const store = h.sim.control.createStore({ name: 'Refused Store' });
    const { authUrl } = await h.sim.control.beginInstall(store.hash);
    // The code is single-use: spend it once, then replay the same install link.
    const url = new URL(authUrl);
    await fetch(`${h.sim.url}/oauth2/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        client_id: h.config.BC_CLIENT_ID,
        client_secret: h.config.BC_CLIENT_SECRET,
        code: url.searchParams.get('code'),
        context: url.searchParams.get('context'),
        scope: url.searchParams.get('scope'),
        grant_type: 'authorization_code',
        redirect_uri: `${h.config.APP_URL}/auth`,
      }),
    });
    const res = await request(h.url).get(url.pathname + url.search);
    expect(res.status).toBe(502);
    expect(res.type).toBe('text/html');
    expect(res.text).toContain('Tandem could not be installed');
    expect(res.text).toContain('Nothing was saved');
    expect(await storeDoc(store.hash)).toBeNull();
  });

  it('answers 400 with a page when the install link lacks its parameters', async () => {
    const res = await request(h.url).get('/auth?code=abc');
    expect(res.status).toBe(400);
    expect(res.text).toContain('This install link is incomplete');
  });

  it('sends an external install back to BigCommerce’s success page', async () => {
    const store = h.sim.control.createStore({ name: 'External' });
    const { authUrl } = await h.sim.control.beginInstall(store.hash, { externalInstall: true });
    const res = await fetch(authUrl, { redirect: 'manual' });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe(`${h.config.BC_LOGIN_URL}/app/${h.config.BC_CLIENT_ID}/install/succeeded`);
    expect((await storeDoc(store.hash))?.status).toBe('active');
  });
});

describe('opening the app (/load) and its session', () => {
  it('lets the owner in with a one-time code, honours the deep link, and frames only for BigCommerce', async () => {
    const { storeHash } = await installStore(h);
    const res = await fetch(h.sim.control.callbackUrl('load', storeHash, { url: '/affiliates/42' }), { redirect: 'manual' });
    expect(res.status).toBe(302);
    const code = exchangeCodeFrom(res.headers.get('location'));
    const first = await redeem(h, code);
    expect(first.path).toBe('/affiliates/42');
    // The code works once.
    const again = await request(h.url).post('/api/session').send({ code });
    expect(again.status).toBe(401);
    expect(again.body.error.code).toBe('invalid_exchange_code');

    const page = await request(h.url).get('/app/');
    expect(page.headers['content-security-policy']).toContain('frame-ancestors');
    expect(page.headers['content-security-policy']).toContain('https://*.bigcommerce.com');
    expect(page.headers['x-frame-options']).toBeUndefined();
    expect(page.headers['set-cookie']).toBeUndefined();
  });

  it('keeps deep links inside the app', async () => {
    const { storeHash } = await installStore(h);
    const res = await fetch(h.sim.control.callbackUrl('load', storeHash, { url: '//evil.example/x' }), { redirect: 'manual' });
    expect((await redeem(h, exchangeCodeFrom(res.headers.get('location')))).path).toBe('/');
  });

  it('provisions an authorized user on first load, as a user rather than the owner', async () => {
    const { storeHash } = await installStore(h);
    const colleague = { id: 777001, email: 'colleague@example.com' };
    const { token } = await loadAs(h, storeHash, colleague);
    const me = await request(h.url).get('/api/store').set(bearer(token));
    expect(me.body.user).toMatchObject({ id: colleague.id, email: colleague.email, role: 'user' });
  });

  it('refuses API calls without a token, with a forged token, and with an expired one', async () => {
    const { storeHash } = await installStore(h);
    expect((await request(h.url).get('/api/store')).status).toBe(401);
    const forged = jwt.sign({ typ: 'session', store: storeHash, uid: 1, epoch: 1 }, 'not-the-secret', { audience: 'tandem-app', issuer: 'tandem' });
    const r1 = await request(h.url).get('/api/store').set(bearer(forged));
    expect(r1.status).toBe(401);
    expect(r1.body.error.code).toBe('invalid_session');
    const store = await storeDoc(storeHash);
    const expired = jwt.sign(
      { typ: 'session', store: storeHash, uid: store!.owner!.id, epoch: store!.installEpoch, exp: Math.floor(Date.now() / 1000) - 10 },
      h.config.SESSION_SECRET,
      { audience: 'tandem-app', issuer: 'tandem' },
    );
    const r2 = await request(h.url).get('/api/store').set(bearer(expired));
    expect(r2.status).toBe(401);
    expect(r2.body.error.code).toBe('session_expired');
  });

  it('refreshes a live session', async () => {
    const { ownerToken } = await installStore(h);
    const res = await request(h.url).post('/api/session/refresh').set(bearer(ownerToken));
    expect(res.status).toBe(200);
    expect((await request(h.url).get('/api/store').set(bearer(res.body.token))).status).toBe(200);
  });
});

describe('signed_payload_jwt verification', () => {
  let storeHash: string;
  beforeAll(async () => {
    ({ storeHash } = await installStore(h));
  });

  const cases: Array<[string, () => string, string]> = [
    ['signed with another secret', () => h.sim.control.signedPayload(storeHash, { secret: 'wrong-secret' }), 'invalid signature'],
    ['with alg "none"', () => h.sim.control.signedPayload(storeHash, { alg: 'none' }), ''],
    ['for another app (wrong aud)', () => h.sim.control.signedPayload(storeHash, { overrides: { aud: 'someone-else' } }), 'audience'],
    ['with the wrong issuer', () => h.sim.control.signedPayload(storeHash, { overrides: { iss: 'evil' } }), 'issuer'],
    ['that has expired', () => h.sim.control.signedPayload(storeHash, { iatOffsetSec: -90_000 }), 'expired'],
    ['from the future beyond the clock skew', () => h.sim.control.signedPayload(storeHash, { iatOffsetSec: 600 }), 'not yet valid'],
    ['for a store that never installed', () => h.sim.control.signedPayload(h.sim.control.createStore({}).hash), 'does not have the app installed'],
  ];

  for (const kind of ['load', 'uninstall', 'remove_user'] as const) {
    for (const [name, make, reason] of cases) {
      it(`/${kind} refuses a JWT ${name} with 401 JSON and changes nothing`, async () => {
        const before = await snapshot(storeHash);
        const res = await request(h.url).get(`/${kind}`).query({ signed_payload_jwt: make() });
        expect(res.status).toBe(401);
        expect(res.type).toBe('application/json');
        expect(res.body.error.message).toContain(reason);
        expect(await snapshot(storeHash)).toEqual(before);
      });
    }
  }

  it('refuses a request without any JWT', async () => {
    const res = await request(h.url).get('/load');
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('missing_signed_payload');
  });

  it('accepts a JWT within the clock skew and refuses the same JWT replayed', async () => {
    const token = h.sim.control.signedPayload(storeHash, { iatOffsetSec: 30 });
    expect((await request(h.url).get('/load').query({ signed_payload_jwt: token })).status).toBe(302);
    const replay = await request(h.url).get('/load').query({ signed_payload_jwt: token });
    expect(replay.status).toBe(401);
    expect(replay.body.error.code).toBe('replayed_signed_payload');
  });
});

describe('removing a user', () => {
  it('revokes exactly that user: their session and their old load link stop working, everyone else carries on', async () => {
    const { storeHash, ownerToken } = await installStore(h);
    const alice = { id: 880001, email: 'alice@example.com' };
    const bob = { id: 880002, email: 'bob@example.com' };
    const aliceSession = await loadAs(h, storeHash, alice);
    const bobSession = await loadAs(h, storeHash, bob);
    const staleAliceLoad = h.sim.control.callbackUrl('load', storeHash, { user: alice, iatOffsetSec: -5 });

    const res = await fetch(h.sim.control.callbackUrl('remove_user', storeHash, { user: alice }));
    expect(res.status).toBe(200);

    const r = await request(h.url).get('/api/store').set(bearer(aliceSession.token));
    expect(r.status).toBe(401);
    expect(r.body.error.code).toBe('user_removed');
    expect((await fetch(staleAliceLoad, { redirect: 'manual' })).status).toBe(401);
    expect((await request(h.url).get('/api/store').set(bearer(bobSession.token))).status).toBe(200);
    expect((await request(h.url).get('/api/store').set(bearer(ownerToken))).status).toBe(200);

    const removed = await h.app.deps.models.StoreUser.findOne({ storeHash, userId: alice.id }).lean();
    expect(removed).toMatchObject({ status: 'removed', email: null });

    // Access granted again later: BigCommerce mints a new load for Alice (a moment after the removal).
    const back = await loadAs(h, storeHash, alice, { iatOffsetSec: 2 });
    expect((await request(h.url).get('/api/store').set(bearer(back.token))).status).toBe(200);
  });
});

describe('uninstall and reinstall', () => {
  it('deactivates the store, wipes its token, purges its users, and shuts every session out', async () => {
    const { storeHash, ownerToken } = await installStore(h);
    const colleague = await loadAs(h, storeHash, { id: 990001, email: 'c@example.com' });
    const pendingLoad = h.sim.control.callbackUrl('load', storeHash);

    h.sim.control.uninstall(storeHash);
    const res = await fetch(h.sim.control.callbackUrl('uninstall', storeHash));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });

    const doc = await storeDoc(storeHash);
    expect(doc).toMatchObject({ status: 'uninstalled', accessTokenEnc: null });
    expect(doc!.uninstalledAt).toBeInstanceOf(Date);
    expect(doc!.owner!.email).toBeNull();
    expect(await h.app.deps.models.StoreUser.countDocuments({ storeHash })).toBe(0);

    for (const t of [ownerToken, colleague.token]) {
      const r = await request(h.url).get('/api/store').set(bearer(t));
      expect(r.status).toBe(401);
      expect(r.body.error.code).toBe('store_not_installed');
    }
    const load = await fetch(pendingLoad, { redirect: 'manual' });
    expect(load.status).toBe(401);
    // A second uninstall callback is refused: the store is no longer installed.
    expect((await fetch(h.sim.control.callbackUrl('uninstall', storeHash))).status).toBe(401);
  });

  it('reinstalls after an uninstall with a fresh token that replaces the old one', async () => {
    const { storeHash } = await installStore(h);
    const firstToken = h.sim.control.accessToken(storeHash)!;
    h.sim.control.uninstall(storeHash);
    await fetch(h.sim.control.callbackUrl('uninstall', storeHash));

    const { authUrl } = await h.sim.control.beginInstall(storeHash);
    const res = await fetch(authUrl, { redirect: 'manual' });
    expect(res.status).toBe(302);
    const { token } = await redeem(h, exchangeCodeFrom(res.headers.get('location')));

    const doc = await storeDoc(storeHash);
    const secondToken = h.sim.control.accessToken(storeHash)!;
    expect(secondToken).not.toBe(firstToken);
    expect(doc).toMatchObject({ status: 'active', uninstalledAt: null });
    expect(decryptSecret(doc!.accessTokenEnc!, h.config.TOKEN_ENCRYPTION_KEY, storeHash)).toBe(secondToken);
    const test = await request(h.url).post('/api/store/test-connection').set(bearer(token));
    expect(test.body.ok).toBe(true);
  });

  it('treats /auth for an installed store as a re-authorisation that replaces the token', async () => {
    const { storeHash, ownerToken } = await installStore(h);
    const before = await storeDoc(storeHash);
    const { authUrl } = await h.sim.control.beginInstall(storeHash);
    expect((await fetch(authUrl, { redirect: 'manual' })).status).toBe(302);
    const after = await storeDoc(storeHash);
    expect(after!.accessTokenEnc).not.toBe(before!.accessTokenEnc);
    expect(after!.installEpoch).toBe(before!.installEpoch);
    // Sessions survive a re-consent; only uninstall ends them.
    expect((await request(h.url).get('/api/store').set(bearer(ownerToken))).status).toBe(200);
  });
});

describe('the app page', () => {
  it('serves the built interface, never a blank page', async () => {
    const res = await request(h.url).get('/app/');
    expect(res.status).toBe(200);
    expect(res.text).toContain('<div id="root">');
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('answers unknown API routes and bad JSON with JSON errors', async () => {
    const r1 = await request(h.url).get('/api/nope');
    expect(r1.status).toBe(404);
    expect(r1.body.error.code).toBe('not_found');
    const r2 = await request(h.url).post('/api/session').set('Content-Type', 'application/json').send('{bad');
    expect(r2.status).toBe(400);
    expect(r2.body.error.code).toBe('invalid_json');
    const r3 = await request(h.url).post('/api/session').send({});
    expect(r3.status).toBe(400);
    expect(r3.body.error.message).toContain('code');
  });
});
