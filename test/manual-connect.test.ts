// A merchant who did not install from the marketplace pastes a store-level API
// account, tests it, connects, and later signs back in with the same details.
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_APP_SCOPES } from '../simulator/auth/scopes.js';
import { bearer, installStore, startHarness, type Harness } from './helpers/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

/** What the README tells merchants to grant (the simulator's default for the app). */
const FULL_SCOPES = DEFAULT_APP_SCOPES;

function account(hash: string, scopes = FULL_SCOPES) {
  const a = h.sim.control.createApiAccount(hash, scopes);
  return { apiPath: a.apiPath, accessToken: a.accessToken, clientId: a.clientId };
}

describe('Test connection', () => {
  it('shows the store name and plan for a working token', async () => {
    const store = h.sim.control.createStore({ name: 'Harbour Books', planName: 'Pro' });
    const res = await request(h.url).post('/api/connect/test').send(account(store.hash));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ ok: true, store: { hash: store.hash, name: 'Harbour Books', planName: 'Pro' } });
  });

  it('names a bad token', async () => {
    const store = h.sim.control.createStore({});
    const res = await request(h.url)
      .post('/api/connect/test')
      .send({ apiPath: `${h.sim.url}/stores/${store.hash}/v3/`, accessToken: 'definitely-not-a-token' });
    expect(res.body).toMatchObject({ ok: false, problem: 'bad_token' });
  });

  it('names each missing scope', async () => {
    const store = h.sim.control.createStore({});
    const scopes = FULL_SCOPES.filter((s) => s !== 'store_v2_marketing' && s !== 'store_v2_content');
    const res = await request(h.url).post('/api/connect/test').send(account(store.hash, scopes));
    expect(res.body.ok).toBe(false);
    expect(res.body.problem).toBe('missing_scope');
    expect(res.body.missingScopes.map((s: { scope: string }) => s.scope).sort()).toEqual(['store_v2_content', 'store_v2_marketing']);
    expect(res.body.message).toContain('Marketing');
  });

  it('needs the Information scope to read the store at all', async () => {
    const store = h.sim.control.createStore({});
    const res = await request(h.url)
      .post('/api/connect/test')
      .send(account(store.hash, FULL_SCOPES.filter((s) => s !== 'store_v2_information_read_only')));
    expect(res.body).toMatchObject({ ok: false, problem: 'missing_scope' });
  });

  it('refuses to send the token anywhere but BigCommerce, with a 400 that says why', async () => {
    const res = await request(h.url)
      .post('/api/connect/test')
      .send({ apiPath: 'https://attacker.example/stores/abc123/v3/', accessToken: 'secret-token-123' });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid_input');
    expect(res.body.error.message).toContain('apiPath');
    const missing = await request(h.url).post('/api/connect/test').send({});
    expect(missing.status).toBe(400);
    expect(missing.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual(['accessToken', 'apiPath']);
  });
});

describe('Connect', () => {
  it('saves a working account and the store then works like an installed one', async () => {
    const store = h.sim.control.createStore({ name: 'Manual Mercantile' });
    const creds = account(store.hash);
    const res = await request(h.url).post('/api/connect').send(creds);
    expect(res.status).toBe(200);
    const me = await request(h.url).get('/api/store').set(bearer(res.body.token));
    expect(me.body.store).toMatchObject({ hash: store.hash, name: 'Manual Mercantile', connection: 'manual' });
    const test = await request(h.url).post('/api/store/test-connection').set(bearer(res.body.token));
    expect(test.body.ok).toBe(true);

    // Later: sign in again with the same details.
    const again = await request(h.url).post('/api/connect').send(creds);
    expect(again.status).toBe(200);
    expect((await request(h.url).get('/api/store').set(bearer(again.body.token))).status).toBe(200);
  });

  it('refuses a token that does not work, saving nothing', async () => {
    const store = h.sim.control.createStore({});
    const res = await request(h.url).post('/api/connect').send({ apiPath: `${h.sim.url}/stores/${store.hash}/v3/`, accessToken: 'wrong-token-xyz' });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('bad_token');
    expect(await h.app.deps.models.Store.findOne({ storeHash: store.hash })).toBeNull();
  });

  it('does not let an API account take over a store installed from the marketplace', async () => {
    const { storeHash } = await installStore(h);
    const res = await request(h.url).post('/api/connect').send(account(storeHash));
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('installed_from_marketplace');
  });
});
