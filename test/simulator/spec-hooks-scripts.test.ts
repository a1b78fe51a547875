// Webhooks V3 management and Scripts V3 against the official OpenAPI files, plus their rules
// (privacy per client, limits, validation).

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Simulator } from '../../simulator/index.js';
import { installedStore, request, startTestSimulator, type TestStore } from './helpers.js';

const HOOKS = 'webhooks.v3.yml';
const SCRIPTS = 'scripts.v3.yml';

let sim: Simulator;
let s: TestStore;

beforeAll(async () => {
  sim = await startTestSimulator({ webhookDelivery: false });
  s = await installedStore(sim, { scopes: ['store_v2_content', 'store_v2_orders_read_only'] });
});
afterAll(async () => sim.close());

describe('webhooks v3', () => {
  let hookId: number;
  const dest = 'https://app.example.com/webhooks/orders';

  it('POST /v3/hooks matches createWebhooks (200) with a flat headers map', async () => {
    const res = await s.checked(HOOKS, 'POST', '/v3/hooks', { scope: 'store/order/*', destination: dest, is_active: true, headers: { 'X-Secret': 'abc' } }, 200);
    const data = (res.body as { data: Record<string, unknown> }).data;
    hookId = data.id as number;
    expect(data).toMatchObject({ client_id: sim.control.getStore(s.hash).install?.clientId, store_hash: s.hash, headers: { 'X-Secret': 'abc' }, is_active: true });
    expect(typeof data.created_at).toBe('number');
  });

  it('POST /v3/hooks rejects invalid input and duplicates with 422', async () => {
    await s.checked(HOOKS, 'POST', '/v3/hooks', { scope: 'store/order/*', destination: dest }, 422);
    await s.checked(HOOKS, 'POST', '/v3/hooks', { scope: 'store/nope/created', destination: dest }, 422);
    await s.checked(HOOKS, 'POST', '/v3/hooks', { scope: 'store/order/created', destination: 'http://app.example.com/hook' }, 422);
    await s.checked(HOOKS, 'POST', '/v3/hooks', { scope: 'store/order/created', destination: 'https://app.example.com:8443/hook' }, 422);
    await s.checked(HOOKS, 'POST', '/v3/hooks', { scope: 'store/order/created' }, 422);
    // Loopback http destinations are allowed (relaxed for local receivers).
    await s.checked(HOOKS, 'POST', '/v3/hooks', { scope: 'store/order/created', destination: 'http://127.0.0.1:4567/hook' }, 200);
  });

  it('enforces 10 hooks per scope', async () => {
    for (let i = 0; i < 10; i++) {
      const r = await s.api('POST', '/v3/hooks', { scope: 'store/customer/created', destination: `https://app.example.com/c/${i}` });
      expect(r.status).toBe(200);
    }
    expect((await s.api('POST', '/v3/hooks', { scope: 'store/customer/created', destination: 'https://app.example.com/c/10' })).status).toBe(422);
  });

  it('GET /v3/hooks matches getWebhooks and only shows the caller’s own hooks', async () => {
    const res = await s.checked(HOOKS, 'GET', '/v3/hooks?scope=store/order/*', undefined, 200);
    expect((res.body as { data: Array<{ id: number }> }).data.map((h) => h.id)).toEqual([hookId]);
    const other = sim.control.createApiAccount(s.hash, []);
    const theirs = await request(`${sim.url}/stores/${s.hash}/v3/hooks`, 'GET', undefined, { 'X-Auth-Token': other.accessToken });
    expect((theirs.body as { data: unknown[] }).data).toHaveLength(0);
    const peek = await request(`${sim.url}/stores/${s.hash}/v3/hooks/${hookId}`, 'GET', undefined, { 'X-Auth-Token': other.accessToken });
    expect(peek.status).toBe(404);
  });

  it('GET /v3/hooks/{id} matches getWebhook (200, 404)', async () => {
    await s.checked(HOOKS, 'GET', `/v3/hooks/${hookId}`, undefined, 200);
    const missing = await s.checked(HOOKS, 'GET', '/v3/hooks/99999', undefined, 404);
    expect((missing.body as { title: string }).title).toBe('Webhook with id [99999] not found');
  });

  it('PUT /v3/hooks/{id} matches updateWebhook', async () => {
    const res = await s.checked(HOOKS, 'PUT', `/v3/hooks/${hookId}`, { is_active: false, headers: { 'X-Secret': 'rotated' } }, 200);
    expect((res.body as { data: { is_active: boolean; headers: Record<string, string> } }).data).toMatchObject({ is_active: false, headers: { 'X-Secret': 'rotated' } });
  });

  it('GET /v3/hooks/admin matches getHooksAdmin', async () => {
    const res = await s.checked(HOOKS, 'GET', '/v3/hooks/admin', undefined, 200);
    const list = (res.body as { data: { hooks_list: Array<{ id: number; status: string }> } }).data.hooks_list;
    expect(list.find((h) => h.id === hookId)?.status).toBe('inactive');
  });

  it('PUT /v3/hooks/admin matches updateHooksAdmin (204)', async () => {
    await s.checked(HOOKS, 'PUT', '/v3/hooks/admin', { emails: ['dev@example.com'] }, 204);
  });

  it('DELETE /v3/hooks/{id} matches deleteWebhook (200 with the deleted hook)', async () => {
    const res = await s.checked(HOOKS, 'DELETE', `/v3/hooks/${hookId}`, undefined, 200);
    expect((res.body as { data: { id: number } }).data.id).toBe(hookId);
    expect((await s.api('GET', `/v3/hooks/${hookId}`)).status).toBe(404);
  });
});

describe('scripts v3', () => {
  let uuid: string;
  const script = {
    name: 'Tandem tracking',
    description: 'Affiliate click tracking',
    src: 'https://app.example.com/t.js',
    kind: 'src',
    load_method: 'defer',
    location: 'footer',
    visibility: 'storefront',
    consent_category: 'analytics',
    auto_uninstall: true,
  };

  it('POST /v3/content/scripts matches createScript (200)', async () => {
    const res = await s.checked(SCRIPTS, 'POST', '/v3/content/scripts', script, 200);
    const data = (res.body as { data: Record<string, unknown> }).data;
    uuid = data.uuid as string;
    expect(data).toMatchObject({ api_client_id: sim.control.getStore(s.hash).install?.clientId, enabled: true, channel_id: 1, load_method: 'defer' });
  });

  it('POST /v3/content/scripts validates per §9.1 (422) and the checkout scope rule (403)', async () => {
    await s.checked(SCRIPTS, 'POST', '/v3/content/scripts', { ...script, name: '' }, 422);
    const tagDefer = await s.checked(SCRIPTS, 'POST', '/v3/content/scripts', { name: 'inline', kind: 'script_tag', html: '<script>1</script>', load_method: 'async' }, 422);
    expect((tagDefer.body as { errors: Record<string, string> }).errors.load_method).toBeTruthy();
    await s.checked(SCRIPTS, 'POST', '/v3/content/scripts', { name: 'inline', kind: 'script_tag', html: 'no tag' }, 422);
    await s.checked(SCRIPTS, 'POST', '/v3/content/scripts', { ...script, html: '<script></script>' }, 422);
    await s.checked(SCRIPTS, 'POST', '/v3/content/scripts', { ...script, consent_category: 'marketing' }, 422);
    await s.checked(SCRIPTS, 'POST', '/v3/content/scripts', { ...script, integrity_hashes: ['md5-abc'] }, 422);
    const checkout = await s.api('POST', '/v3/content/scripts', { ...script, visibility: 'order_confirmation' });
    expect(checkout.status).toBe(200);
    expect((await s.api('POST', '/v3/content/scripts', { ...script, visibility: 'checkout' })).status).toBe(403);
    expect((await s.api('POST', '/v3/content/scripts', { ...script, visibility: 'all_pages' })).status).toBe(403);
    const inline = await s.api('POST', '/v3/content/scripts', { name: 'inline ok', html: '<script>window.x=1</script>' });
    expect((inline.body as { data: { kind: string; load_method: string; consent_category: string } }).data).toMatchObject({
      kind: 'script_tag',
      load_method: 'default',
      consent_category: 'unknown',
    });
  });

  it('limits an app to 10 scripts', async () => {
    const existing = sim.control.listScripts(s.hash).length;
    for (let i = existing; i < 10; i++) expect((await s.api('POST', '/v3/content/scripts', { ...script, name: `s${i}` })).status).toBe(200);
    expect((await s.api('POST', '/v3/content/scripts', { ...script, name: 'one too many' })).status).toBe(422);
  });

  it('GET /v3/content/scripts matches getScripts and is private to the creating client', async () => {
    const res = await s.checked(SCRIPTS, 'GET', '/v3/content/scripts?limit=5&sort=name&direction=asc', undefined, 200);
    expect((res.body as { meta: { pagination: { total: number } } }).meta.pagination.total).toBe(10);
    const other = sim.control.createApiAccount(s.hash, ['store_v2_content']);
    const theirs = await request(`${sim.url}/stores/${s.hash}/v3/content/scripts`, 'GET', undefined, { 'X-Auth-Token': other.accessToken });
    expect((theirs.body as { data: unknown[] }).data).toHaveLength(0);
  });

  it('GET /v3/content/scripts/{uuid} matches getScript (200, 404)', async () => {
    await s.checked(SCRIPTS, 'GET', `/v3/content/scripts/${uuid}`, undefined, 200);
    await s.checked(SCRIPTS, 'GET', '/v3/content/scripts/6f0f8c2e-6a52-4d0e-9b35-0e0a1e0d0f00', undefined, 404);
  });

  it('PUT /v3/content/scripts/{uuid} matches updateScript (200, 404, 422)', async () => {
    const res = await s.checked(SCRIPTS, 'PUT', `/v3/content/scripts/${uuid}`, { consent_category: 'targeting', enabled: false }, 200);
    expect((res.body as { data: { consent_category: string; enabled: boolean } }).data).toMatchObject({ consent_category: 'targeting', enabled: false });
    await s.checked(SCRIPTS, 'PUT', '/v3/content/scripts/6f0f8c2e-6a52-4d0e-9b35-0e0a1e0d0f00', { enabled: true }, 404);
    await s.checked(SCRIPTS, 'PUT', `/v3/content/scripts/${uuid}`, { load_method: 'later' }, 422);
  });

  it('DELETE /v3/content/scripts/{uuid} matches deleteScript (204, 404)', async () => {
    await s.checked(SCRIPTS, 'DELETE', `/v3/content/scripts/${uuid}`, undefined, 204);
    await s.checked(SCRIPTS, 'DELETE', `/v3/content/scripts/${uuid}`, undefined, 404);
  });
});
