// Uninstall semantics (README §1.5, §5.1, §9.1): token revoked, the app's hooks deleted, its
// auto_uninstall scripts removed; other clients' resources untouched.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Simulator } from '../../simulator/index.js';
import { exchange, installedStore, request, startTestSimulator } from './helpers.js';

let sim: Simulator;
beforeAll(async () => {
  sim = await startTestSimulator({ webhookDelivery: false });
});
afterAll(async () => sim.close());

describe('uninstall', () => {
  it('revokes the token, deletes the app’s hooks and its auto_uninstall scripts', async () => {
    const s = await installedStore(sim);
    await s.api('POST', '/v3/hooks', { scope: 'store/order/*', destination: 'https://app.example.com/h' });
    await s.api('POST', '/v3/hooks', { scope: 'store/customer/*', destination: 'https://app.example.com/h' });
    await s.api('POST', '/v3/content/scripts', { name: 'auto', src: 'https://app.example.com/a.js', auto_uninstall: true });
    await s.api('POST', '/v3/content/scripts', { name: 'manual', src: 'https://app.example.com/m.js', auto_uninstall: false });
    const acct = sim.control.createApiAccount(s.hash, ['store_v2_content']);
    await request(`${sim.url}/stores/${s.hash}/v3/hooks`, 'POST', { scope: 'store/order/created', destination: 'https://other.example.com/h' }, { 'X-Auth-Token': acct.accessToken });
    await request(`${sim.url}/stores/${s.hash}/v3/content/scripts`, 'POST', { name: 'other', src: 'https://other.example.com/o.js', auto_uninstall: true }, { 'X-Auth-Token': acct.accessToken });

    sim.control.uninstall(s.hash);

    expect((await s.api('GET', '/v2/time')).status).toBe(401);
    expect(sim.control.accessToken(s.hash)).toBeUndefined();
    const hooks = sim.control.listHooks(s.hash);
    expect(hooks.map((h) => h.clientId)).toEqual([acct.clientId]);
    const scripts = sim.control.listScripts(s.hash);
    expect(scripts.map((x) => x.name).sort()).toEqual(['manual', 'other']);
    expect(sim.control.getStore(s.hash).install?.installed).toBe(false);

    // Reinstalling gives a fresh working token; the app has to recreate its hooks.
    const again = await exchange(sim, sim.control.beginInstall(s.hash).query);
    const token = (again.body as { access_token: string }).access_token;
    const list = await request(`${sim.url}/stores/${s.hash}/v3/hooks`, 'GET', undefined, { 'X-Auth-Token': token });
    expect(list.status).toBe(200);
    expect((list.body as { data: unknown[] }).data).toHaveLength(0);
  });
});
