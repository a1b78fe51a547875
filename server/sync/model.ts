import { Schema, type Connection, type InferSchemaType } from 'mongoose';
import { modelOn } from '../db/model.js';

// Local mirrors of BigCommerce data, one document per resource and store.
// Money is integer minor units in `currency`. `dateModified` is BigCommerce's
// own modification time: an upsert only lands if it is not older than what is
// stored, so a slow, stale fetch can never overwrite a newer one.

const couponUse = new Schema(
  { code: String, couponId: Number, type: Number, discountMinor: Number },
  { _id: false },
);
const refund = new Schema(
  { id: Number, amountMinor: Number, taxMinor: Number, created: Date, reason: String },
  { _id: false },
);

const orderMirrorSchema = new Schema({
  /** "<storeHash>:<id>": writes find their document by primary key. */
  _id: { type: String, required: true },
  storeHash: { type: String, required: true },
  orderId: { type: Number, required: true },
  statusId: { type: Number, required: true },
  paymentStatus: { type: String, default: '' },
  currency: { type: String, required: true },
  subtotalExTaxMinor: Number,
  subtotalIncTaxMinor: Number,
  shippingIncTaxMinor: Number,
  shippingExTaxMinor: Number,
  taxMinor: Number,
  totalExTaxMinor: Number,
  totalIncTaxMinor: { type: Number, required: true },
  discountMinor: Number,
  couponDiscountMinor: Number,
  customerId: { type: Number, default: 0 },
  email: { type: String, default: null },
  firstName: { type: String, default: null },
  lastName: { type: String, default: null },
  channelId: { type: Number, default: 1 },
  cartId: { type: String, default: null },
  orderSource: { type: String, default: null },
  isEmailOptIn: { type: Boolean, default: false },
  isDeleted: { type: Boolean, default: false },
  coupons: { type: [couponUse], default: [] },
  refunds: { type: [refund], default: [] },
  refundedMinor: { type: Number, default: 0 },
  itemsTotal: Number,
  dateCreated: Date,
  dateModified: { type: Date, default: null },
  syncedAt: Date,
});
orderMirrorSchema.index({ storeHash: 1, orderId: 1 });
orderMirrorSchema.index({ storeHash: 1, customerId: 1 });
orderMirrorSchema.index({ storeHash: 1, dateCreated: -1 });

const customerMirrorSchema = new Schema({
  /** "<storeHash>:<id>": writes find their document by primary key. */
  _id: { type: String, required: true },
  storeHash: { type: String, required: true },
  customerId: { type: Number, required: true },
  email: String,
  firstName: String,
  lastName: String,
  company: String,
  phone: String,
  customerGroupId: Number,
  acceptsMarketing: Boolean,
  attributes: { type: Schema.Types.Mixed, default: [] },
  formFields: { type: Schema.Types.Mixed, default: [] },
  dateCreated: Date,
  dateModified: { type: Date, default: null },
  syncedAt: Date,
});
customerMirrorSchema.index({ storeHash: 1, customerId: 1 });
customerMirrorSchema.index({ storeHash: 1, email: 1 });

const subscriberMirrorSchema = new Schema({
  /** "<storeHash>:<id>": writes find their document by primary key. */
  _id: { type: String, required: true },
  storeHash: { type: String, required: true },
  subscriberId: { type: Number, required: true },
  email: String,
  firstName: String,
  lastName: String,
  source: String,
  orderId: { type: Number, default: null },
  channelId: Number,
  consents: { type: [String], default: [] },
  dateCreated: Date,
  dateModified: { type: Date, default: null },
  syncedAt: Date,
});
subscriberMirrorSchema.index({ storeHash: 1, subscriberId: 1 });

const productMirrorSchema = new Schema({
  /** "<storeHash>:<id>": writes find their document by primary key. */
  _id: { type: String, required: true },
  storeHash: { type: String, required: true },
  productId: { type: Number, required: true },
  name: String,
  sku: String,
  currency: String,
  priceMinor: Number,
  salePriceMinor: { type: Number, default: null },
  calculatedPriceMinor: Number,
  isVisible: Boolean,
  availability: String,
  inventoryLevel: Number,
  path: { type: String, default: null },
  imageUrl: { type: String, default: null },
  categories: { type: [Number], default: [] },
  dateModified: { type: Date, default: null },
  syncedAt: Date,
});
productMirrorSchema.index({ storeHash: 1, productId: 1 });

/** store/cart/converted links a tracked cart to its order (affiliate attribution needs it). */
const cartConversionSchema = new Schema({
  _id: { type: String, required: true },
  storeHash: { type: String, required: true },
  cartId: { type: String, required: true },
  orderId: { type: Number, required: true },
  at: Date,
});
cartConversionSchema.index({ storeHash: 1, orderId: 1 });

export type OrderMirror = InferSchemaType<typeof orderMirrorSchema>;
export type CustomerMirror = InferSchemaType<typeof customerMirrorSchema>;
export type SubscriberMirror = InferSchemaType<typeof subscriberMirrorSchema>;
export type ProductMirror = InferSchemaType<typeof productMirrorSchema>;
export type CartConversion = InferSchemaType<typeof cartConversionSchema>;

export function mirrorModels(conn: Connection) {
  const m = <T>(name: string, schema: Schema) => modelOn<T>(conn, name, schema);
  return {
    OrderMirror: m<OrderMirror>('OrderMirror', orderMirrorSchema),
    CustomerMirror: m<CustomerMirror>('CustomerMirror', customerMirrorSchema),
    SubscriberMirror: m<SubscriberMirror>('SubscriberMirror', subscriberMirrorSchema),
    ProductMirror: m<ProductMirror>('ProductMirror', productMirrorSchema),
    CartConversion: m<CartConversion>('CartConversion', cartConversionSchema),
  };
}
