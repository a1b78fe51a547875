import { randomBytes, randomUUID } from 'node:crypto';

const ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';

function randomFrom(alphabet: string, length: number): string {
  const bytes = randomBytes(length);
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[(bytes[i] ?? 0) % alphabet.length];
  return out;
}

/** Store hash in BigCommerce's style: lowercase alphanumerics starting with a letter, e.g. "g5cd38". */
export function randomStoreHash(): string {
  return randomFrom('abcdefghijklmnopqrstuvwxyz', 1) + randomFrom(ALNUM, 5);
}

/** Access tokens look like 31 lowercase alphanumerics. */
export const randomAccessToken = () => randomFrom(ALNUM, 31);
/** One-time OAuth grant codes, e.g. "qr6h3thvbvag2ffq". */
export const randomGrantCode = () => randomFrom(ALNUM, 16);
/** API-account client ids/secrets: long lowercase alphanumerics. */
export const randomClientId = () => randomFrom(ALNUM, 31);
export const randomClientSecret = () => randomFrom(ALNUM, 64);
export const uuid = () => randomUUID();
/** Cart ids are UUIDs in BigCommerce. */
export const randomCartId = () => randomUUID();
