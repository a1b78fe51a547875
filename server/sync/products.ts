import { toMinorUnits, type BcProduct } from '../bigcommerce/index.js';
import { parseBcDate } from '../bigcommerce/money.js';
import type { StoreSyncContext } from './context.js';
import { mirrorId, writeMirrorPage, type MirrorWrite } from './upsert.js';

export const PRODUCT_INCLUDE = 'primary_image';

function productWrite(storeHash: string, currency: string, p: BcProduct): MirrorWrite {
  const price = (v: number | undefined | null) => (v === undefined || v === null ? null : toMinorUnits(v, currency));
  const primary = (p as { primary_image?: { url_standard?: string } | null }).primary_image;
  const images = (p.images ?? []) as { url_standard?: string; is_thumbnail?: boolean }[];
  return {
    _id: mirrorId(storeHash, p.id),
    dateModified: parseBcDate(p.date_modified),
    doc: {
      storeHash,
      productId: p.id,
      name: p.name,
      sku: p.sku ?? '',
      currency,
      priceMinor: price(p.price) ?? 0,
      salePriceMinor: p.sale_price ? price(p.sale_price) : null,
      calculatedPriceMinor: price(p.calculated_price) ?? price(p.price) ?? 0,
      isVisible: Boolean(p.is_visible),
      availability: p.availability ?? 'available',
      inventoryLevel: p.inventory_level ?? 0,
      path: p.custom_url?.url ?? null,
      imageUrl: primary?.url_standard ?? images.find((i) => i.is_thumbnail)?.url_standard ?? images[0]?.url_standard ?? null,
      categories: p.categories ?? [],
      syncedAt: new Date(),
    },
  };
}

export async function applyProducts(ctx: StoreSyncContext, products: BcProduct[]): Promise<number> {
  return (await writeMirrorPage(ctx.models.ProductMirror, products.map((p) => productWrite(ctx.storeHash, ctx.storeCurrency, p)))).size;
}

export async function syncProduct(ctx: StoreSyncContext, productId: number): Promise<'synced' | 'stale' | 'gone'> {
  const p = await ctx.client.getProduct(productId, { include: PRODUCT_INCLUDE });
  if (!p) {
    await ctx.models.ProductMirror.deleteOne({ _id: mirrorId(ctx.storeHash, productId) });
    return 'gone';
  }
  return (await applyProducts(ctx, [p])) === 1 ? 'synced' : 'stale';
}
