import type { components } from '../../lib/api/schema';

type Schemas = components['schemas'];

/** A registered endpoint; `secret` only ever comes with CreatedWebhook (creation and rotation). */
export type Webhook = Schemas['Webhook'];
export type CreatedWebhook = Schemas['WebhookWithSecret'];
export type WebhookList = Schemas['WebhookList'];
export type Delivery = Schemas['WebhookDelivery'];
export type DeliveryStatus = Delivery['status'];
export type DeliveryPage = Schemas['WebhookDeliveryPage'];
export type DeliveryDetail = Schemas['WebhookDeliveryDetail'];

export interface CreateWebhookRequest {
  url: string;
  events: string[];
  description?: string;
}

export type UpdateWebhookRequest = Partial<CreateWebhookRequest & { enabled: boolean }>;
