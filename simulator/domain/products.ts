// Catalog products V3 (catalog/products_catalog.v3.yml): create/update/delete with the
// uniqueness rules (name, sku -> 409), rendering of product_Full (+ images/variants) and the
// store/product/* webhooks.

import type { Engine } from '../core/engine.js';
import type { Product, ProductImage, ProductVariant, StoreState } from '../core/types.js';
import { SimError } from '../core/errors.js';
import { isoOffset } from '../core/dates.js';
import { toCents, v3Money } from '../core/money.js';

export type ProductInput = Record<string, unknown> & {
  /** control-side only: backdate creation (seeding) */
  date_created?: number;
};

const num = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function validate(store: StoreState, input: ProductInput, existing: Product | undefined): void {
  const errors: Record<string, string> = {};
  if (!existing) {
    for (const k of ['name', 'type', 'weight', 'price']) if (input[k] === undefined) errors[k] = `${k} is required`;
  }
  if (input.name !== undefined && (typeof input.name !== 'string' || input.name.length < 1 || input.name.length > 250)) {
    errors.name = 'name must be 1-250 characters';
  }
  if (input.type !== undefined && input.type !== 'physical' && input.type !== 'digital') errors.type = 'type must be physical or digital';
  for (const k of ['weight', 'width', 'depth', 'height', 'price', 'cost_price', 'retail_price', 'sale_price', 'map_price', 'fixed_cost_shipping_price']) {
    if (input[k] !== undefined && (!num(input[k]) || (input[k] as number) < 0)) errors[k] = `${k} must be a non-negative number`;
  }
  for (const k of ['inventory_level', 'inventory_warning_level', 'brand_id']) {
    if (input[k] !== undefined && (!Number.isInteger(input[k]) || (input[k] as number) < 0)) errors[k] = `${k} must be a non-negative integer`;
  }
  if (input.inventory_tracking !== undefined && !['none', 'product', 'variant'].includes(input.inventory_tracking as string)) {
    errors.inventory_tracking = 'invalid inventory_tracking';
  }
  if (input.availability !== undefined && !['available', 'disabled', 'preorder'].includes(input.availability as string)) {
    errors.availability = 'invalid availability';
  }
  if (input.condition !== undefined && !['New', 'Used', 'Refurbished'].includes(input.condition as string)) errors.condition = 'invalid condition';
  if (input.categories !== undefined && (!Array.isArray(input.categories) || input.categories.some((c) => !Number.isInteger(c)))) {
    errors.categories = 'categories must be an array of integers';
  }
  if (Object.keys(errors).length > 0) throw new SimError(422, 'The request payload is invalid', errors);
  for (const p of store.products.values()) {
    if (p === existing) continue;
    if (typeof input.name === 'string' && p.name.toLowerCase() === input.name.toLowerCase()) {
      throw new SimError(409, `The product name is a duplicate`, { name: `A product with the name '${input.name}' already exists` });
    }
    if (typeof input.sku === 'string' && input.sku !== '' && p.sku.toLowerCase() === input.sku.toLowerCase()) {
      throw new SimError(409, `The product sku is a duplicate`, { sku: `A product with the sku '${input.sku}' already exists` });
    }
  }
}

export function createProduct(engine: Engine, store: StoreState, input: ProductInput): Product {
  validate(store, input, undefined);
  const now = input.date_created ?? engine.now();
  const id = ++store.seq.product;
  const name = input.name as string;
  const p: Product = {
    id,
    name,
    type: input.type as Product['type'],
    sku: typeof input.sku === 'string' ? input.sku : '',
    description: typeof input.description === 'string' ? input.description : '',
    weight: input.weight as number,
    width: num(input.width) ? input.width : 0,
    depth: num(input.depth) ? input.depth : 0,
    height: num(input.height) ? input.height : 0,
    priceCents: toCents(input.price) ?? 0,
    costPriceCents: toCents(input.cost_price) ?? 0,
    retailPriceCents: toCents(input.retail_price) ?? 0,
    salePriceCents: toCents(input.sale_price) ?? 0,
    mapPriceCents: toCents(input.map_price) ?? 0,
    taxClassId: num(input.tax_class_id) ? input.tax_class_id : 0,
    categories: Array.isArray(input.categories) ? (input.categories as number[]) : [],
    brandId: num(input.brand_id) ? input.brand_id : 0,
    inventoryLevel: num(input.inventory_level) ? input.inventory_level : 0,
    inventoryWarningLevel: num(input.inventory_warning_level) ? input.inventory_warning_level : 0,
    inventoryTracking: (input.inventory_tracking as Product['inventoryTracking']) ?? 'none',
    totalSold: 0,
    isFreeShipping: input.is_free_shipping === true,
    fixedCostShippingPriceCents: toCents(input.fixed_cost_shipping_price) ?? 0,
    isVisible: input.is_visible !== false,
    isFeatured: input.is_featured === true,
    warranty: typeof input.warranty === 'string' ? input.warranty : '',
    searchKeywords: typeof input.search_keywords === 'string' ? input.search_keywords : '',
    availability: (input.availability as Product['availability']) ?? 'available',
    condition: (input.condition as Product['condition']) ?? 'New',
    customUrl: customUrl(input, name, id),
    upc: typeof input.upc === 'string' ? input.upc : '',
    mpn: typeof input.mpn === 'string' ? input.mpn : '',
    gtin: typeof input.gtin === 'string' ? input.gtin : '',
    pageTitle: typeof input.page_title === 'string' ? input.page_title : '',
    metaDescription: typeof input.meta_description === 'string' ? input.meta_description : '',
    sortOrder: num(input.sort_order) ? input.sort_order : 0,
    dateCreated: now,
    dateModified: now,
    images: [],
    variants: [],
    customFields: [],
  };
  const base: ProductVariant = {
    id: ++store.seq.variant,
    productId: id,
    sku: p.sku,
    skuId: null,
    priceCents: null,
    inventoryLevel: p.inventoryLevel,
    optionValues: [],
  };
  p.variants.push(base);
  const images = Array.isArray(input.images) ? (input.images as Array<Record<string, unknown>>) : [];
  images.forEach((img, i) => p.images.push(makeImage(store, p, img, i, now)));
  store.products.set(id, p);
  engine.emit(store, 'store/product/created', { type: 'product', id });
  return p;
}

export function updateProduct(engine: Engine, store: StoreState, id: number, input: ProductInput): Product {
  const p = store.products.get(id);
  if (!p) throw new SimError(404, `Product ${id} not found`);
  validate(store, input, p);
  const inventoryBefore = p.inventoryLevel;
  const s = (k: string) => (typeof input[k] === 'string' ? (input[k] as string) : undefined);
  if (s('name') !== undefined) p.name = s('name') as string;
  if (input.type !== undefined) p.type = input.type as Product['type'];
  if (s('sku') !== undefined) p.sku = s('sku') as string;
  if (s('description') !== undefined) p.description = s('description') as string;
  if (num(input.weight)) p.weight = input.weight;
  if (input.price !== undefined) p.priceCents = toCents(input.price) ?? p.priceCents;
  if (input.sale_price !== undefined) p.salePriceCents = toCents(input.sale_price) ?? p.salePriceCents;
  if (input.retail_price !== undefined) p.retailPriceCents = toCents(input.retail_price) ?? p.retailPriceCents;
  if (input.cost_price !== undefined) p.costPriceCents = toCents(input.cost_price) ?? p.costPriceCents;
  if (Array.isArray(input.categories)) p.categories = input.categories as number[];
  if (num(input.brand_id)) p.brandId = input.brand_id;
  if (num(input.inventory_level)) p.inventoryLevel = input.inventory_level;
  if (input.inventory_tracking !== undefined) p.inventoryTracking = input.inventory_tracking as Product['inventoryTracking'];
  if (typeof input.is_visible === 'boolean') p.isVisible = input.is_visible;
  if (typeof input.is_featured === 'boolean') p.isFeatured = input.is_featured;
  if (input.availability !== undefined) p.availability = input.availability as Product['availability'];
  if (input.condition !== undefined) p.condition = input.condition as Product['condition'];
  if (s('search_keywords') !== undefined) p.searchKeywords = s('search_keywords') as string;
  if (input.custom_url !== undefined) p.customUrl = customUrl(input, p.name, p.id);
  p.dateModified = Math.max(engine.now(), p.dateModified);
  const base = p.variants[0];
  if (base) {
    base.sku = p.sku;
    base.inventoryLevel = p.inventoryLevel;
  }
  engine.emit(store, 'store/product/updated', { type: 'product', id });
  if (p.inventoryLevel !== inventoryBefore) {
    engine.emit(store, 'store/product/inventory/updated', {
      type: 'product',
      id,
      inventory: { product_id: id, method: 'absolute', value: p.inventoryLevel },
    });
  }
  return p;
}

export function deleteProduct(engine: Engine, store: StoreState, id: number): boolean {
  if (!store.products.delete(id)) return false;
  engine.emit(store, 'store/product/deleted', { type: 'product', id });
  return true;
}

function customUrl(input: ProductInput, name: string, id: number): Product['customUrl'] {
  const cu = input.custom_url as { url?: unknown; is_customized?: unknown } | undefined;
  if (cu && typeof cu.url === 'string') return { url: cu.url, is_customized: cu.is_customized === true };
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || `product-${id}`;
  return { url: `/${slug}/`, is_customized: false };
}

function makeImage(store: StoreState, p: Product, img: Record<string, unknown>, index: number, now: number): ProductImage {
  const id = ++store.seq.image;
  const source = typeof img.image_url === 'string' ? img.image_url : `${p.customUrl.url.replace(/\//g, '')}.jpg`;
  const file = (source.split('/').pop() ?? 'image.jpg').replace(/\?.*$/, '').replace(/\.[a-z]+$/i, '') || 'image';
  const base = `https://cdn11.bigcommerce.com/s-${store.hash}/products/${p.id}/images/${id}/${file}__${Math.floor(now / 1000)}`;
  return {
    id,
    productId: p.id,
    isThumbnail: img.is_thumbnail === true || index === 0,
    sortOrder: typeof img.sort_order === 'number' ? img.sort_order : index,
    description: typeof img.description === 'string' ? img.description : '',
    imageFile: `${file.slice(0, 1)}/${id}/${file}__${Math.floor(now / 1000)}.jpg`,
    urlZoom: `${base}.1280.1280.jpg?c=1`,
    urlStandard: `${base}.386.513.jpg?c=1`,
    urlThumbnail: `${base}.220.290.jpg?c=1`,
    urlTiny: `${base}.44.58.jpg?c=1`,
    dateModified: now,
  };
}

export function renderImage(img: ProductImage): Record<string, unknown> {
  return {
    id: img.id,
    product_id: img.productId,
    is_thumbnail: img.isThumbnail,
    sort_order: img.sortOrder,
    description: img.description,
    image_file: img.imageFile,
    url_zoom: img.urlZoom,
    url_standard: img.urlStandard,
    url_thumbnail: img.urlThumbnail,
    url_tiny: img.urlTiny,
    date_modified: isoOffset(img.dateModified),
  };
}

function renderVariant(p: Product, v: ProductVariant): Record<string, unknown> {
  const price = v.priceCents === null ? null : v3Money(v.priceCents);
  return {
    id: v.id,
    product_id: p.id,
    sku: v.sku,
    sku_id: v.skuId,
    price,
    calculated_price: v3Money(v.priceCents ?? (p.salePriceCents > 0 ? p.salePriceCents : p.priceCents)),
    sale_price: null,
    retail_price: null,
    map_price: null,
    weight: null,
    width: null,
    height: null,
    depth: null,
    is_free_shipping: false,
    fixed_cost_shipping_price: null,
    calculated_weight: p.weight,
    purchasing_disabled: false,
    purchasing_disabled_message: '',
    image_url: '',
    cost_price: null,
    upc: '',
    mpn: '',
    gtin: '',
    inventory_level: v.inventoryLevel,
    inventory_warning_level: 0,
    bin_picking_number: '',
    option_values: v.optionValues,
  };
}

export function renderProduct(p: Product, include: ReadonlySet<string>): Record<string, unknown> {
  const out: Record<string, unknown> = {
    id: p.id,
    name: p.name,
    type: p.type,
    sku: p.sku,
    description: p.description,
    weight: p.weight,
    width: p.width,
    depth: p.depth,
    height: p.height,
    price: v3Money(p.priceCents),
    cost_price: v3Money(p.costPriceCents),
    retail_price: v3Money(p.retailPriceCents),
    sale_price: v3Money(p.salePriceCents),
    map_price: v3Money(p.mapPriceCents),
    tax_class_id: p.taxClassId,
    product_tax_code: '',
    calculated_price: v3Money(p.salePriceCents > 0 ? p.salePriceCents : p.priceCents),
    categories: p.categories,
    brand_id: p.brandId,
    option_set_display: 'right',
    inventory_level: p.inventoryLevel,
    inventory_warning_level: p.inventoryWarningLevel,
    inventory_tracking: p.inventoryTracking,
    reviews_rating_sum: 0,
    reviews_count: 0,
    total_sold: p.totalSold,
    fixed_cost_shipping_price: v3Money(p.fixedCostShippingPriceCents),
    is_free_shipping: p.isFreeShipping,
    is_visible: p.isVisible,
    is_featured: p.isFeatured,
    related_products: [-1],
    warranty: p.warranty,
    bin_picking_number: '',
    layout_file: 'product.html',
    upc: p.upc,
    mpn: p.mpn,
    gtin: p.gtin,
    date_last_imported: '',
    search_keywords: p.searchKeywords,
    availability: p.availability,
    availability_description: '',
    gift_wrapping_options_type: 'any',
    gift_wrapping_options_list: [],
    sort_order: p.sortOrder,
    condition: p.condition,
    is_condition_shown: false,
    order_quantity_minimum: 0,
    order_quantity_maximum: 0,
    page_title: p.pageTitle,
    meta_keywords: [],
    meta_description: p.metaDescription,
    date_created: isoOffset(p.dateCreated),
    date_modified: isoOffset(p.dateModified),
    view_count: 0,
    preorder_release_date: null,
    preorder_message: '',
    is_preorder_only: false,
    is_price_hidden: false,
    price_hidden_label: '',
    custom_url: p.customUrl,
    base_variant_id: p.variants[0]?.id ?? null,
    open_graph_type: 'product',
    open_graph_title: '',
    open_graph_description: '',
    open_graph_use_meta_description: true,
    open_graph_use_product_name: true,
    open_graph_use_image: true,
  };
  if (include.has('images')) out.images = p.images.map(renderImage);
  if (include.has('primary_image')) {
    const primary = p.images.find((i) => i.isThumbnail) ?? p.images[0];
    // BigCommerce omits primary_image when a product has no image.
    if (primary) out.primary_image = renderImage(primary);
  }
  if (include.has('variants')) out.variants = p.variants.map((v) => renderVariant(p, v));
  if (include.has('custom_fields')) out.custom_fields = p.customFields;
  return out;
}
