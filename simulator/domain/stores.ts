// Store creation and `/v2/store` rendering (store_information.v2.yml, getStoreInformation).

import { randomInt } from 'node:crypto';
import type { Engine } from '../core/engine.js';
import type { StoreInfo, StoreState, StoreUser } from '../core/types.js';
import { randomStoreHash, uuid } from '../core/ids.js';
import { SimError } from '../core/errors.js';

export interface CreateStoreInput {
  hash?: string;
  name?: string;
  /** Standard | Plus | Pro | Enterprise (drives the default rate-limit quota) */
  planName?: string;
  currency?: string;
  domain?: string;
  country?: string;
  countryCode?: string;
  timezone?: string;
  storeId?: number;
  owner?: { id?: number; email?: string; username?: string; locale?: string; firstName?: string; lastName?: string };
  rateLimit?: { quota: number; windowMs: number };
  isPriceEnteredWithTax?: boolean;
}

/** Requests per 30 s window by plan (README §4). Enterprise varies; Pro's figure is used. */
const PLAN_QUOTA: Record<string, number> = { Standard: 150, Plus: 150, Pro: 450, Enterprise: 450 };
const CURRENCY_SYMBOL: Record<string, string> = { USD: '$', CAD: '$', AUD: '$', NZD: '$', EUR: '€', GBP: '£', JPY: '¥' };
const TIMEZONES: Record<string, { raw: number; dst: number }> = {
  'America/Chicago': { raw: -21600, dst: -18000 },
  'America/New_York': { raw: -18000, dst: -14400 },
  'America/Los_Angeles': { raw: -28800, dst: -25200 },
  'Europe/London': { raw: 0, dst: 3600 },
  'Europe/Berlin': { raw: 3600, dst: 7200 },
  'Australia/Sydney': { raw: 36000, dst: 39600 },
  UTC: { raw: 0, dst: 0 },
};

export function createStore(engine: Engine, input: CreateStoreInput = {}): StoreState {
  const hash = input.hash ?? uniqueHash(engine);
  if (!/^[a-z0-9]{3,20}$/.test(hash)) throw new SimError(422, `Invalid store hash "${hash}"`);
  if (engine.stores.has(hash)) throw new SimError(409, `Store ${hash} already exists`);
  const now = engine.now();
  const name = input.name ?? 'Trailhead Outfitters';
  const planName = input.planName ?? 'Standard';
  const currency = (input.currency ?? 'USD').toUpperCase();
  const firstName = input.owner?.firstName ?? 'Jane';
  const lastName = input.owner?.lastName ?? 'Doe';
  const ownerEmail = input.owner?.email ?? `owner+${hash}@example.com`;
  const owner: StoreUser = {
    id: input.owner?.id ?? randomInt(1_000_000, 9_999_999),
    email: ownerEmail,
    username: input.owner?.username ?? ownerEmail,
    locale: input.owner?.locale ?? 'en-US',
  };
  const domain = input.domain ?? `${slug(name)}-${hash}.mybigcommerce.com`;
  const info: StoreInfo = {
    name,
    domain,
    firstName,
    lastName,
    address: `${name}\n100 Congress Ave\nAustin, Texas 78701\nUnited States`,
    country: input.country ?? 'United States',
    countryCode: input.countryCode ?? 'US',
    phone: '512-555-0142',
    adminEmail: ownerEmail,
    orderEmail: `orders@${domain}`,
    planName,
    planLevel: planName,
    planIsTrial: false,
    industry: 'Sporting Goods',
    currency,
    currencySymbol: CURRENCY_SYMBOL[currency] ?? currency,
    timezone: input.timezone ?? 'America/Chicago',
    language: 'en',
    weightUnits: 'Ounces',
    dimensionUnits: 'Inches',
    status: 'live',
    isPriceEnteredWithTax: input.isPriceEnteredWithTax ?? false,
    multiStorefront: false,
  };
  const rate = input.rateLimit ?? engine.config.rateLimit ?? { quota: PLAN_QUOTA[planName] ?? 150, windowMs: 30_000 };
  const store: StoreState = {
    hash,
    storeId: input.storeId ?? randomInt(1_000_000, 9_999_999),
    accountUuid: uuid(),
    createdAt: now,
    info,
    owner,
    users: new Map([[owner.id, owner]]),
    install: null,
    apiAccounts: new Map(),
    customers: new Map(),
    subscribers: new Map(),
    products: new Map(),
    orders: new Map(),
    refunds: new Map(),
    promotions: new Map(),
    coupons: new Map(),
    hooks: new Map(),
    scripts: new Map(),
    hookAdminEmails: [],
    seq: {
      customer: 0,
      address: 0,
      attributeValue: 0,
      subscriber: 0,
      product: 0,
      image: 0,
      variant: 0,
      // BigCommerce order ids start at 100 on new stores.
      order: 99,
      orderProduct: 0,
      orderAddress: 0,
      orderCoupon: 0,
      refund: 0,
      refundPayment: 0,
      promotion: 0,
      promotionCode: 0,
      coupon: 0,
      hook: 0,
      user: 0,
    },
    rate: { quota: rate.quota, windowMs: rate.windowMs, windowStart: now, used: 0, requestCount: 0, rateLimitedCount: 0 },
    faults: [],
    webhookControl: { paused: false, duplicates: 0, dropNext: 0 },
    silent: 0,
  };
  engine.stores.set(hash, store);
  return store;
}

export function addUser(store: StoreState, user: { id?: number; email: string; username?: string; locale?: string }): StoreUser {
  const u: StoreUser = {
    id: user.id ?? randomInt(1_000_000, 9_999_999),
    email: user.email,
    username: user.username ?? user.email,
    locale: user.locale ?? 'en-US',
  };
  store.users.set(u.id, u);
  return u;
}

/** GET /v2/store body. */
export function renderStoreInfo(store: StoreState): Record<string, unknown> {
  const i = store.info;
  const tz = TIMEZONES[i.timezone] ?? { raw: 0, dst: 0 };
  return {
    id: store.hash,
    account_uuid: store.accountUuid,
    domain: i.domain,
    secure_url: `https://${i.domain}`,
    control_panel_base_url: `https://store-${store.hash}.mybigcommerce.com`,
    status: i.status,
    name: i.name,
    first_name: i.firstName,
    last_name: i.lastName,
    address: i.address,
    country: i.country,
    country_code: i.countryCode,
    infrastructure_region: 'us-central1',
    phone: i.phone,
    admin_email: i.adminEmail,
    order_email: i.orderEmail,
    favicon_url: 'https://cdn11.bigcommerce.com/r-3b68d717e2a7b8bd4d1e6e8b1b0b2b6e3f6c1b2d/img/bc_favicon.ico',
    timezone: {
      name: i.timezone,
      raw_offset: tz.raw,
      dst_offset: tz.dst,
      dst_correction: tz.raw !== tz.dst,
      date_format: { display: 'M jS Y', export: 'M jS Y', extended_display: 'M jS Y @ g:i A' },
    },
    language: i.language,
    currency: i.currency,
    currency_symbol: i.currencySymbol,
    decimal_separator: '.',
    thousands_separator: ',',
    decimal_places: 2,
    currency_symbol_location: 'left',
    weight_units: i.weightUnits,
    dimension_units: i.dimensionUnits,
    dimension_decimal_places: 2,
    dimension_decimal_token: '.',
    dimension_thousands_token: ',',
    plan_name: i.planName,
    plan_level: i.planLevel,
    plan_is_trial: i.planIsTrial,
    industry: i.industry,
    logo: { url: `https://cdn11.bigcommerce.com/s-${store.hash}/images/stencil/250x100/logo_1700000000__12345.original.png` },
    is_price_entered_with_tax: i.isPriceEnteredWithTax,
    store_id: store.storeId,
    default_channel_id: 1,
    default_site_id: 1000,
    active_comparison_modules: [],
    features: {
      stencil_enabled: true,
      sitewidehttps_enabled: true,
      facebook_catalog_id: '',
      checkout_type: 'optimized',
      wishlists_enabled: true,
      graphql_storefront_api_enabled: true,
      shopper_consent_tracking_enabled: true,
      multi_storefront_enabled: i.multiStorefront,
      storefront_limits: { active: 1, total_including_inactive: 1 },
    },
  };
}

function uniqueHash(engine: Engine): string {
  for (;;) {
    const h = randomStoreHash();
    if (!engine.stores.has(h)) return h;
  }
}

function slug(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'store';
}
