// Install flow (/auth query + /oauth2/token exchange) and signed_payload_jwt minting (README §1.2, §1.4).

import jwt from 'jsonwebtoken';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Simulator } from '../../simulator/index.js';
import { APP_URL, CLIENT_ID, CLIENT_SECRET, exchange, request, startTestSimulator } from './helpers.js';

let sim: Simulator;
beforeAll(async () => {
  sim = await startTestSimulator();
});
afterAll(async () => sim.close());

describe('install and token exchange', () => {
  it('beginInstall returns the /auth callback query and URL', () => {
    const store = sim.control.createStore({ hash: 'g5cd38' });
    const { query, authUrl } = sim.control.beginInstall(store.hash, { scopes: ['store_v2_orders', 'store_v2_content'] });
    expect(query).toEqual({ account_uuid: store.accountUuid, code: expect.stringMatching(/^[a-z0-9]{16}$/), context: 'stores/g5cd38', scope: 'store_v2_orders store_v2_content' });
    const url = new URL(authUrl);
    expect(`${url.origin}${url.pathname}`).toBe(`${APP_URL}/auth`);
    expect(url.searchParams.get('scope')).toBe('store_v2_orders store_v2_content');
    expect(authUrl).toContain('scope=store_v2_orders+store_v2_content');
    expect(sim.control.beginInstall(store.hash, { externalInstall: true }).query.external_install).toBeDefined();
  });

  it('exchanges a code for a token with exactly the documented response shape', async () => {
    const store = sim.control.createStore();
    const { query } = sim.control.beginInstall(store.hash);
    const res = await exchange(sim, query);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      access_token: expect.stringMatching(/^[a-z0-9]{31}$/),
      scope: query.scope,
      user: { id: store.owner.id, username: store.owner.username, email: store.owner.email },
      owner: { id: store.owner.id, username: store.owner.username, email: store.owner.email },
      context: `stores/${store.hash}`,
      account_uuid: store.accountUuid,
    });
    expect(query.scope?.split(' ')).toEqual([
      'store_v2_orders_read_only',
      'store_v2_transactions_read_only',
      'store_v2_customers',
      'store_v2_marketing',
      'store_v2_content',
      'store_v2_information_read_only',
      'store_v2_products_read_only',
    ]);
    const token = (res.body as { access_token: string }).access_token;
    const time = await request(`${sim.url}/stores/${store.hash}/v2/time`, 'GET', undefined, { 'X-Auth-Token': token });
    expect(time.status).toBe(200);
  });

  it('reports the installing user separately from the owner', async () => {
    const store = sim.control.createStore();
    const { query } = sim.control.beginInstall(store.hash, { user: { id: 555, email: 'staff@example.com', username: 'staff' } });
    const body = (await exchange(sim, query)).body as { user: { id: number; email: string }; owner: { id: number } };
    expect(body.user).toEqual({ id: 555, username: 'staff', email: 'staff@example.com' });
    expect(body.owner.id).toBe(store.owner.id);
  });

  it('rejects reused and unknown codes with 400 and a JSON error', async () => {
    const store = sim.control.createStore();
    const { query } = sim.control.beginInstall(store.hash);
    expect((await exchange(sim, query)).status).toBe(200);
    const reused = await exchange(sim, query);
    expect(reused.status).toBe(400);
    expect(reused.body).toMatchObject({ error: 'invalid_grant' });
    const unknown = await exchange(sim, { ...query, code: 'nope' });
    expect(unknown.status).toBe(400);
    expect(unknown.body).toMatchObject({ error: expect.any(String) });
  });

  it('rejects wrong client credentials with 401 without burning the code', async () => {
    const store = sim.control.createStore();
    const { query } = sim.control.beginInstall(store.hash);
    expect((await exchange(sim, query, { client_secret: 'wrong' })).status).toBe(401);
    expect((await exchange(sim, query, { client_id: 'other-app' })).status).toBe(401);
    expect((await exchange(sim, query)).status).toBe(200);
  });

  it('checks redirect_uri, grant_type, context and scope', async () => {
    const store = sim.control.createStore();
    const { query } = sim.control.beginInstall(store.hash);
    expect((await exchange(sim, query, { redirect_uri: 'https://evil.example.com/auth' })).status).toBe(400);
    expect((await exchange(sim, query, { grant_type: 'client_credentials' })).status).toBe(400);
    expect((await exchange(sim, query, { context: 'stores/other' })).status).toBe(400);
    expect((await exchange(sim, query, { scope: 'store_v2_orders' })).status).toBe(400);
    expect((await exchange(sim, query)).status).toBe(200);
  });

  it('a new install (re-consent) replaces the token; the old one gets 401', async () => {
    const store = sim.control.createStore();
    const first = (await exchange(sim, sim.control.beginInstall(store.hash).query)).body as { access_token: string };
    const second = (await exchange(sim, sim.control.beginInstall(store.hash).query)).body as { access_token: string };
    expect(second.access_token).not.toBe(first.access_token);
    const old = await request(`${sim.url}/stores/${store.hash}/v2/time`, 'GET', undefined, { 'X-Auth-Token': first.access_token });
    expect(old.status).toBe(401);
    expect(sim.control.accessToken(store.hash)).toBe(second.access_token);
  });
});

describe('signed_payload_jwt', () => {
  it('is HS256 over the client secret with exactly the documented claims', () => {
    const store = sim.control.createStore();
    const token = sim.control.signedPayload(store.hash);
    const header = JSON.parse(Buffer.from(token.split('.')[0] as string, 'base64url').toString()) as unknown;
    expect(header).toEqual({ alg: 'HS256', typ: 'JWT' });
    const claims = jwt.verify(token, CLIENT_SECRET, { algorithms: ['HS256'], audience: CLIENT_ID, issuer: 'bc' }) as Record<string, unknown>;
    expect(Object.keys(claims).sort()).toEqual(['aud', 'channel_id', 'exp', 'iat', 'iss', 'jti', 'nbf', 'owner', 'sub', 'url', 'user'].sort());
    expect(claims).toMatchObject({
      aud: CLIENT_ID,
      iss: 'bc',
      sub: `stores/${store.hash}`,
      user: { id: store.owner.id, email: store.owner.email, locale: 'en-US' },
      owner: { id: store.owner.id, email: store.owner.email },
      url: '/',
      channel_id: null,
    });
    expect(claims.nbf).toBe(claims.iat);
    expect((claims.exp as number) - (claims.iat as number)).toBe(86400);
    expect(claims.jti).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('supports other users, deep links and channels', () => {
    const store = sim.control.createStore();
    const user = sim.control.addUser(store.hash, { id: 42, email: 'clerk@example.com', locale: 'fr-FR' });
    const claims = jwt.verify(sim.control.signedPayload(store.hash, { user, url: '/affiliates/7', channelId: 1 }), CLIENT_SECRET, { audience: CLIENT_ID }) as Record<string, unknown>;
    expect(claims).toMatchObject({ user: { id: 42, email: 'clerk@example.com', locale: 'fr-FR' }, url: '/affiliates/7', channel_id: 1 });
  });

  it('can forge bad tokens that a correct verifier rejects', () => {
    const store = sim.control.createStore();
    const verify = (t: string) => () => jwt.verify(t, CLIENT_SECRET, { algorithms: ['HS256'], audience: CLIENT_ID, issuer: 'bc' });
    expect(verify(sim.control.signedPayload(store.hash, { secret: 'not-the-secret' }))).toThrow(/signature/);
    const none = sim.control.signedPayload(store.hash, { alg: 'none' });
    expect(none.endsWith('.')).toBe(true);
    expect(verify(none)).toThrow();
    expect(verify(sim.control.signedPayload(store.hash, { overrides: { aud: 'someone-else' } }))).toThrow(/audience/);
    expect(verify(sim.control.signedPayload(store.hash, { iatOffsetSec: -90_000 }))).toThrow(/expired/);
    expect(verify(sim.control.signedPayload(store.hash, { alg: 'HS512' }))).toThrow(/algorithm/);
  });

  it('callbackUrl builds the app URLs for load, uninstall and remove_user', () => {
    const store = sim.control.createStore();
    for (const kind of ['load', 'uninstall', 'remove_user'] as const) {
      const url = new URL(sim.control.callbackUrl(kind, store.hash));
      expect(url.pathname).toBe(`/app/${kind}`);
      const claims = jwt.verify(url.searchParams.get('signed_payload_jwt') as string, CLIENT_SECRET, { audience: CLIENT_ID }) as { sub: string };
      expect(claims.sub).toBe(`stores/${store.hash}`);
    }
  });
});
