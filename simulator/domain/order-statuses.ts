// The 15 fixed order statuses (orders.v2.oas2.yml getOrderStatuses; README §6.3).

export interface OrderStatusDef {
  id: number;
  name: string;
  description: string;
  /** display order in the control panel (`order` / `sort_order`) */
  order: number;
  paymentStatus: string;
}

export const ORDER_STATUSES: OrderStatusDef[] = [
  { id: 0, name: 'Incomplete', order: 0, paymentStatus: '', description: 'An incomplete order happens when a shopper reached the payment page, but did not complete the transaction.' },
  { id: 1, name: 'Pending', order: 1, paymentStatus: 'pending', description: 'Customer started the checkout process, but did not complete it.' },
  { id: 2, name: 'Shipped', order: 8, paymentStatus: 'captured', description: 'Order has been shipped, but receipt has not been confirmed; seller has used the Ship Items action.' },
  { id: 3, name: 'Partially Shipped', order: 6, paymentStatus: 'captured', description: 'Only some items in the order have been shipped, due to some products being pre-order only or other reasons.' },
  { id: 4, name: 'Refunded', order: 11, paymentStatus: 'refunded', description: 'Seller has used the Refund action.' },
  { id: 5, name: 'Cancelled', order: 9, paymentStatus: 'void', description: 'Seller has cancelled an order, due to a stock inconsistency or other reasons.' },
  { id: 6, name: 'Declined', order: 10, paymentStatus: 'declined', description: 'Seller has marked the order as declined for lack of manual payment, or other reasons.' },
  { id: 7, name: 'Awaiting Payment', order: 2, paymentStatus: 'pending', description: 'Customer has completed checkout process, but payment has yet to be confirmed.' },
  { id: 8, name: 'Awaiting Pickup', order: 5, paymentStatus: 'captured', description: 'Order has been pulled, and is awaiting customer pickup from a seller-specified location.' },
  { id: 9, name: 'Awaiting Shipment', order: 4, paymentStatus: 'captured', description: 'Order has been pulled and packaged, and is awaiting collection from a shipping provider.' },
  { id: 10, name: 'Completed', order: 7, paymentStatus: 'captured', description: 'Client has paid for their digital product and their file(s) are available for download.' },
  { id: 11, name: 'Awaiting Fulfillment', order: 3, paymentStatus: 'captured', description: 'Customer has completed the checkout process and payment has been confirmed.' },
  { id: 12, name: 'Manual Verification Required', order: 13, paymentStatus: 'held for review', description: 'Order is on hold while some aspect needs to be manually confirmed.' },
  { id: 13, name: 'Disputed', order: 12, paymentStatus: 'captured', description: 'Customer has initiated a dispute resolution process for the PayPal transaction that paid for the order.' },
  { id: 14, name: 'Partially Refunded', order: 14, paymentStatus: 'partially refunded', description: 'Seller has partially refunded the order.' },
];

export const statusById = (id: number): OrderStatusDef | undefined => ORDER_STATUSES.find((s) => s.id === id);

/** Statuses in which money has been captured, i.e. a refund is possible. */
export const PAID_STATUS_IDS = new Set([2, 3, 8, 9, 10, 11, 13, 14]);

export function renderOrderStatus(s: OrderStatusDef): Record<string, unknown> {
  return { id: s.id, name: s.name, system_label: s.name, custom_label: s.name, system_description: s.description, order: s.order };
}
