// Customers V3 (customers.v3.yml): create/update/delete with validation, rendering of
// customer_Full (+ includes) and the store/customer/* webhooks.

import type { Engine } from '../core/engine.js';
import type { Customer, CustomerAddress, StoreState } from '../core/types.js';
import { SimError } from '../core/errors.js';
import { isoZ } from '../core/dates.js';
import { v3Money, toCents } from '../core/money.js';

export interface CustomerInput {
  email?: string;
  first_name?: string;
  last_name?: string;
  company?: string;
  phone?: string;
  notes?: string;
  tax_exempt_category?: string;
  customer_group_id?: number;
  registration_ip_address?: string;
  accepts_product_review_abandoned_cart_emails?: boolean;
  origin_channel_id?: number;
  channel_ids?: number[] | null;
  addresses?: Array<Record<string, unknown>>;
  store_credit_amounts?: Array<{ amount: number }>;
  form_fields?: Array<{ name: string; value: string | number | string[] }>;
  authentication?: { force_password_reset?: boolean; new_password?: string };
  attributes?: Array<{ attribute_id: number; attribute_value: string }>;
  /** control-side only: backdate creation (seeding) */
  date_created?: number;
}

const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function validateCustomerFields(input: CustomerInput, prefix: string, creating: boolean): Record<string, string> {
  const errors: Record<string, string> = {};
  const need = (k: 'email' | 'first_name' | 'last_name') => {
    const v = input[k];
    if (v === undefined) {
      if (creating) errors[`${prefix}${k}`] = `${k} is required`;
    } else if (typeof v !== 'string' || v.trim() === '') errors[`${prefix}${k}`] = `${k} must be a non-empty string`;
  };
  need('email');
  need('first_name');
  need('last_name');
  if (typeof input.email === 'string' && !EMAIL_RE.test(input.email)) errors[`${prefix}email`] = `Invalid email '${input.email}'`;
  if (typeof input.email === 'string' && input.email.length > 255) errors[`${prefix}email`] = 'email is too long';
  for (const k of ['first_name', 'last_name'] as const) {
    const v = input[k];
    if (typeof v === 'string' && v.length > 100) errors[`${prefix}${k}`] = `${k} is too long`;
  }
  if (input.customer_group_id !== undefined && !Number.isInteger(input.customer_group_id)) {
    errors[`${prefix}customer_group_id`] = 'customer_group_id must be an integer';
  }
  if (input.addresses !== undefined) {
    if (!Array.isArray(input.addresses) || input.addresses.length > 10) errors[`${prefix}addresses`] = 'at most 10 addresses';
    else
      input.addresses.forEach((a, i) => {
        for (const k of ['first_name', 'last_name', 'address1', 'city', 'country_code']) {
          if (typeof a[k] !== 'string' || (a[k] as string) === '') errors[`${prefix}addresses.${i}.${k}`] = `${k} is required`;
        }
      });
  }
  return errors;
}

function emailTaken(store: StoreState, email: string, exceptId?: number): boolean {
  const e = email.toLowerCase();
  for (const c of store.customers.values()) if (c.id !== exceptId && c.email.toLowerCase() === e) return true;
  return false;
}

/** Creates customers all-or-nothing (BigCommerce rejects the whole batch on any error). */
export function createCustomers(engine: Engine, store: StoreState, inputs: CustomerInput[]): Customer[] {
  if (inputs.length > 10) throw new SimError(413, 'The request payload is too large. The maximum number of customers per request is 10.');
  const errors: Record<string, string> = {};
  const seen = new Set<string>();
  inputs.forEach((input, i) => {
    Object.assign(errors, validateCustomerFields(input, `${i}.`, true));
    if (typeof input.email === 'string') {
      const e = input.email.toLowerCase();
      if (emailTaken(store, e) || seen.has(e)) errors[`${i}.email`] = `Email address '${input.email}' is already in use`;
      seen.add(e);
    }
  });
  if (Object.keys(errors).length > 0) throw new SimError(422, 'Unable to create the customers', errors);
  const created = inputs.map((input) => insertCustomer(engine, store, input));
  for (const c of created) emitCustomer(engine, store, 'created', c);
  return created;
}

function insertCustomer(engine: Engine, store: StoreState, input: CustomerInput): Customer {
  const now = input.date_created ?? engine.now();
  const id = ++store.seq.customer;
  const customer: Customer = {
    id,
    email: input.email as string,
    firstName: input.first_name as string,
    lastName: input.last_name as string,
    company: input.company ?? '',
    phone: input.phone ?? '',
    notes: input.notes ?? '',
    taxExemptCategory: input.tax_exempt_category ?? '',
    customerGroupId: input.customer_group_id ?? 0,
    registrationIpAddress: input.registration_ip_address ?? '',
    dateCreated: now,
    dateModified: now,
    addresses: [],
    attributes: [],
    formFields: input.form_fields ?? [],
    storeCreditCents: (input.store_credit_amounts ?? []).reduce((s, a) => s + (toCents(a.amount) ?? 0), 0),
    acceptsMarketingEmails: input.accepts_product_review_abandoned_cart_emails ?? false,
    originChannelId: input.origin_channel_id ?? 1,
    channelIds: input.channel_ids === undefined ? [1] : input.channel_ids,
    forcePasswordReset: input.authentication?.force_password_reset ?? false,
  };
  for (const a of input.addresses ?? []) customer.addresses.push(toAddress(store, a));
  for (const a of input.attributes ?? []) {
    customer.attributes.push({ id: ++store.seq.attributeValue, attributeId: a.attribute_id, value: String(a.attribute_value), dateCreated: now, dateModified: now });
  }
  store.customers.set(id, customer);
  return customer;
}

function toAddress(store: StoreState, a: Record<string, unknown>): CustomerAddress {
  const s = (k: string, d = '') => (typeof a[k] === 'string' ? (a[k] as string) : d);
  const countryCode = s('country_code', 'US');
  return {
    id: ++store.seq.address,
    firstName: s('first_name'),
    lastName: s('last_name'),
    company: s('company'),
    street1: s('address1'),
    street2: s('address2'),
    city: s('city'),
    state: s('state_or_province'),
    zip: s('postal_code'),
    country: countryName(countryCode),
    countryIso2: countryCode,
    phone: s('phone'),
    addressType: a.address_type === 'commercial' ? 'commercial' : 'residential',
  };
}

export function updateCustomers(engine: Engine, store: StoreState, inputs: Array<CustomerInput & { id?: number }>): Customer[] {
  if (inputs.length > 10) throw new SimError(413, 'The request payload is too large. The maximum number of customers per request is 10.');
  const errors: Record<string, string> = {};
  inputs.forEach((input, i) => {
    if (typeof input.id !== 'number' || !store.customers.has(input.id)) {
      errors[`${i}.id`] = input.id === undefined ? 'id is required' : `Customer ${String(input.id)} does not exist`;
      return;
    }
    Object.assign(errors, validateCustomerFields(input, `${i}.`, false));
    if (typeof input.email === 'string' && emailTaken(store, input.email, input.id)) {
      errors[`${i}.email`] = `Email address '${input.email}' is already in use`;
    }
  });
  if (Object.keys(errors).length > 0) throw new SimError(422, 'Unable to update the customers', errors);
  const updated = inputs.map((input) => applyCustomerPatch(engine, store, input.id as number, input));
  for (const c of updated) emitCustomer(engine, store, 'updated', c);
  return updated;
}

function applyCustomerPatch(engine: Engine, store: StoreState, id: number, p: CustomerInput): Customer {
  const c = store.customers.get(id) as Customer;
  if (p.email !== undefined) c.email = p.email;
  if (p.first_name !== undefined) c.firstName = p.first_name;
  if (p.last_name !== undefined) c.lastName = p.last_name;
  if (p.company !== undefined) c.company = p.company;
  if (p.phone !== undefined) c.phone = p.phone;
  if (p.notes !== undefined) c.notes = p.notes;
  if (p.tax_exempt_category !== undefined) c.taxExemptCategory = p.tax_exempt_category;
  if (p.customer_group_id !== undefined) c.customerGroupId = p.customer_group_id;
  if (p.registration_ip_address !== undefined) c.registrationIpAddress = p.registration_ip_address;
  if (p.accepts_product_review_abandoned_cart_emails !== undefined) c.acceptsMarketingEmails = p.accepts_product_review_abandoned_cart_emails;
  if (p.origin_channel_id !== undefined) c.originChannelId = p.origin_channel_id;
  if (p.channel_ids !== undefined) c.channelIds = p.channel_ids;
  if (p.form_fields !== undefined) c.formFields = p.form_fields;
  if (p.store_credit_amounts !== undefined) c.storeCreditCents = p.store_credit_amounts.reduce((s, a) => s + (toCents(a.amount) ?? 0), 0);
  if (p.authentication?.force_password_reset !== undefined) c.forcePasswordReset = p.authentication.force_password_reset;
  c.dateModified = Math.max(engine.now(), c.dateModified);
  return c;
}

export function deleteCustomers(engine: Engine, store: StoreState, ids: number[]): void {
  for (const id of ids) {
    if (store.customers.delete(id)) emitCustomer(engine, store, 'deleted', { id } as Customer);
  }
}

function emitCustomer(engine: Engine, store: StoreState, action: 'created' | 'updated' | 'deleted', c: Customer): void {
  const data: Record<string, unknown> = { type: 'customer', id: c.id };
  if (action !== 'deleted') {
    data.origin_channel_id = c.originChannelId;
    if (c.channelIds) data.channel_ids = c.channelIds;
  }
  engine.emit(store, `store/customer/${action}`, data);
}

export type CustomerInclude = 'addresses' | 'storecredit' | 'attributes' | 'formfields';

export function renderCustomer(c: Customer, include: ReadonlySet<string>): Record<string, unknown> {
  const out: Record<string, unknown> = {
    id: c.id,
    email: c.email,
    first_name: c.firstName,
    last_name: c.lastName,
    company: c.company,
    phone: c.phone,
    registration_ip_address: c.registrationIpAddress,
    notes: c.notes,
    tax_exempt_category: c.taxExemptCategory,
    customer_group_id: c.customerGroupId,
    date_modified: isoZ(c.dateModified),
    date_created: isoZ(c.dateCreated),
    address_count: c.addresses.length,
    attribute_count: c.attributes.length,
    authentication: { force_password_reset: c.forcePasswordReset },
    accepts_product_review_abandoned_cart_emails: c.acceptsMarketingEmails,
    origin_channel_id: c.originChannelId,
    channel_ids: c.channelIds,
  };
  if (include.has('addresses')) {
    out.addresses = c.addresses.map((a) => ({
      id: a.id,
      customer_id: c.id,
      first_name: a.firstName,
      last_name: a.lastName,
      company: a.company,
      address1: a.street1,
      address2: a.street2,
      city: a.city,
      state_or_province: a.state,
      postal_code: a.zip,
      country: a.country,
      country_code: a.countryIso2,
      phone: a.phone,
      address_type: a.addressType,
    }));
  }
  if (include.has('storecredit')) out.store_credit_amounts = [{ amount: v3Money(c.storeCreditCents) }];
  if (include.has('attributes')) {
    out.attributes = c.attributes.map((a) => ({
      id: a.id,
      attribute_id: a.attributeId,
      attribute_value: a.value,
      customer_id: c.id,
      date_created: isoZ(a.dateCreated),
      date_modified: isoZ(a.dateModified),
    }));
  }
  if (include.has('formfields')) out.form_fields = c.formFields.map((f) => ({ ...f, customer_id: c.id }));
  return out;
}

const COUNTRIES: Record<string, string> = {
  US: 'United States',
  CA: 'Canada',
  GB: 'United Kingdom',
  AU: 'Australia',
  DE: 'Germany',
  FR: 'France',
  NZ: 'New Zealand',
};
export const countryName = (iso2: string) => COUNTRIES[iso2] ?? iso2;
