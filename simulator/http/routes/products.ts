// Catalog products V3 (catalog/products_catalog.v3.yml): list with filters/includes/field
// selection/sorting, get, create, update, delete, images.

import type { Request, Router } from 'express';
import type { Engine } from '../../core/engine.js';
import type { Product } from '../../core/types.js';
import { SimError } from '../../core/errors.js';
import { sec } from '../../core/dates.js';
import { toCents } from '../../core/money.js';
import { createProduct, deleteProduct, renderImage, renderProduct, updateProduct } from '../../domain/products.js';
import { ctx } from '../gateway.js';
import { envelope, handle } from '../respond.js';
import { pagedMeta, pageParams, qs, qsBool, qsDate, qsInclude, qsInt, qsIntList, qsList, qsNumber, sortBy } from '../query.js';

const SORTS: Record<string, (p: Product) => number | string> = {
  id: (p) => p.id,
  name: (p) => p.name.toLowerCase(),
  sku: (p) => p.sku.toLowerCase(),
  price: (p) => p.priceCents,
  date_modified: (p) => sec(p.dateModified),
  date_last_imported: () => 0,
  inventory_level: (p) => p.inventoryLevel,
  is_visible: (p) => (p.isVisible ? 1 : 0),
  total_sold: (p) => p.totalSold,
  calculated_price: (p) => (p.salePriceCents > 0 ? p.salePriceCents : p.priceCents),
};

function filter(req: Request, all: Product[]): Product[] {
  const id = qsInt(req, 'id', 422);
  const ids = qsIntList(req, 'id:in');
  const notIds = qsIntList(req, 'id:not_in');
  const idMin = qsInt(req, 'id:min', 422);
  const idMax = qsInt(req, 'id:max', 422);
  const idGreater = qsInt(req, 'id:greater', 422);
  const idLess = qsInt(req, 'id:less', 422);
  const name = qs(req, 'name');
  const sku = qs(req, 'sku');
  const skus = qsList(req, 'sku:in');
  const price = qsNumber(req, 'price', 422);
  const brandId = qsInt(req, 'brand_id', 422);
  const categories = qsIntList(req, 'categories:in') ?? (qsInt(req, 'categories', 422) !== undefined ? [qsInt(req, 'categories', 422) as number] : undefined);
  const visible = qsBool(req, 'is_visible');
  const featured = qsBool(req, 'is_featured');
  const type = qs(req, 'type');
  const availability = qs(req, 'availability');
  const keyword = qs(req, 'keyword')?.toLowerCase();
  // Catalog quirk (README §11): a date without time gets the current time of day appended.
  const dm = qsDate(req, 'date_modified', 422, 'now');
  const dmMin = qsDate(req, 'date_modified:min', 422, 'now');
  const dmMax = qsDate(req, 'date_modified:max', 422, 'now');
  return all.filter(
    (p) =>
      (id === undefined || p.id === id) &&
      (!ids || ids.includes(p.id)) &&
      (!notIds || !notIds.includes(p.id)) &&
      (idMin === undefined || p.id >= idMin) &&
      (idMax === undefined || p.id <= idMax) &&
      (idGreater === undefined || p.id > idGreater) &&
      (idLess === undefined || p.id < idLess) &&
      (name === undefined || p.name === name) &&
      (sku === undefined || p.sku === sku) &&
      (!skus || skus.includes(p.sku)) &&
      (price === undefined || p.priceCents === toCents(price)) &&
      (brandId === undefined || p.brandId === brandId) &&
      (!categories || p.categories.some((c) => categories.includes(c))) &&
      (visible === undefined || p.isVisible === visible) &&
      (featured === undefined || p.isFeatured === featured) &&
      (type === undefined || p.type === type) &&
      (availability === undefined || p.availability === availability) &&
      (keyword === undefined || `${p.name} ${p.sku} ${p.searchKeywords}`.toLowerCase().includes(keyword)) &&
      (dm === undefined || sec(p.dateModified) === sec(dm)) &&
      (dmMin === undefined || sec(p.dateModified) >= sec(dmMin)) &&
      (dmMax === undefined || sec(p.dateModified) <= sec(dmMax)),
  );
}

/** include_fields / exclude_fields (id is always returned). */
function selectFields(req: Request, obj: Record<string, unknown>): Record<string, unknown> {
  const include = qsList(req, 'include_fields');
  const exclude = qsList(req, 'exclude_fields');
  const subresources = new Set(['images', 'primary_image', 'variants', 'custom_fields']);
  let out = obj;
  if (include && include.length > 0) {
    out = Object.fromEntries(Object.entries(out).filter(([k]) => k === 'id' || include.includes(k) || subresources.has(k)));
  }
  if (exclude && exclude.length > 0) out = Object.fromEntries(Object.entries(out).filter(([k]) => k === 'id' || !exclude.includes(k)));
  return out;
}

function productId(req: Request): number {
  const raw = String(req.params.product_id);
  if (!/^\d+$/.test(raw)) throw new SimError(404, 'The requested resource was not found.');
  return Number(raw);
}

function objectBody(req: Request): Record<string, unknown> {
  const b = req.body as unknown;
  if (typeof b !== 'object' || b === null || Array.isArray(b)) throw new SimError(422, 'The request body must be a JSON object.');
  return b as Record<string, unknown>;
}

export function registerProducts(r: Router, engine: Engine): void {
  r.get(
    '/v3/catalog/products',
    handle('v3', (req, res) => {
      const { store } = ctx(res);
      const p = pageParams(req, { errorStatus: 422 });
      const sortField = qs(req, 'sort') ?? 'id';
      const key = SORTS[sortField];
      if (!key) throw new SimError(422, `The sort '${sortField}' is invalid.`);
      const direction = (qs(req, 'direction') ?? 'asc').toLowerCase();
      if (direction !== 'asc' && direction !== 'desc') throw new SimError(422, `The direction '${direction}' is invalid.`);
      const include = qsInclude(req);
      const { page, meta } = pagedMeta(sortBy(filter(req, [...store.products.values()]), key, direction), p);
      res.json(envelope(page.map((x) => selectFields(req, renderProduct(x, include))), meta));
    }),
  );

  r.post(
    '/v3/catalog/products',
    handle('v3', (req, res) => {
      const { store } = ctx(res);
      const product = createProduct(engine, store, objectBody(req));
      res.json(envelope(renderProduct(product, new Set(['images', 'variants']))));
    }),
  );

  r.get(
    '/v3/catalog/products/:product_id',
    handle('v3', (req, res) => {
      const { store } = ctx(res);
      const product = store.products.get(productId(req));
      if (!product) throw new SimError(404, 'The requested resource was not found.');
      res.json(envelope(selectFields(req, renderProduct(product, qsInclude(req)))));
    }),
  );

  r.put(
    '/v3/catalog/products/:product_id',
    handle('v3', (req, res) => {
      const { store } = ctx(res);
      const product = updateProduct(engine, store, productId(req), objectBody(req));
      res.json(envelope(renderProduct(product, new Set())));
    }),
  );

  r.delete(
    '/v3/catalog/products/:product_id',
    handle('v3', (req, res) => {
      const { store } = ctx(res);
      deleteProduct(engine, store, productId(req));
      res.status(204).end();
    }),
  );

  r.get(
    '/v3/catalog/products/:product_id/images',
    handle('v3', (req, res) => {
      const { store } = ctx(res);
      const product = store.products.get(productId(req));
      if (!product) throw new SimError(404, 'The requested resource was not found.');
      const p = pageParams(req, { errorStatus: 422 });
      const { page, meta } = pagedMeta(product.images, p);
      res.json(envelope(page.map(renderImage), meta));
    }),
  );
}
