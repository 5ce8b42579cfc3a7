import { type FormEvent, useRef, useState } from 'react';
import { TextAreaField, TextField } from '../../../components/fields';
import { hasErrors, useFormErrors } from '../../../components/use-form-errors';
import { toApiError } from '../../../lib/api-error';
import { useCreateWebhook, useUpdateWebhook } from '../api/webhooks';
import { normalizeEvents } from '../events';
import type { CreatedWebhook, Webhook } from '../types';
import { DESCRIPTION_MAX, URL_MAX, validateWebhook, type WebhookField } from '../validation';
import { EventPicker } from './EventPicker';
import './webhooks.css';

const FIELDS: readonly WebhookField[] = ['url', 'events', 'description'];

type WebhookFormProps =
  | { slug: string; webhook?: undefined; onCreated: (created: CreatedWebhook) => void; onSaved?: undefined }
  | { slug: string; webhook: Webhook; onSaved: (saved: Webhook) => void; onCreated?: undefined };

/**
 * A new endpoint, or an existing one's address, events and description. The API's refusals go next
 * to their field: a target it will not send to (a private address) is `webhook_target_refused` on the url.
 */
export function WebhookForm({ slug, webhook, onCreated, onSaved }: WebhookFormProps) {
  const formRef = useRef<HTMLFormElement>(null);
  const [url, setUrl] = useState(webhook?.url ?? '');
  const [events, setEvents] = useState<string[]>(webhook ? normalizeEvents(webhook.events) : []);
  const [description, setDescription] = useState(webhook?.description ?? '');
  const { errors, report, clear, reportApiError } = useFormErrors(formRef, FIELDS);
  const create = useCreateWebhook();
  const update = useUpdateWebhook();
  const pending = create.isPending || update.isPending;

  function onApiError(error: unknown) {
    const apiError = toApiError(error);
    if (apiError.code === 'webhook_target_refused') report({ url: apiError.message });
    else reportApiError(error);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const clientErrors = validateWebhook({ url, events, description });
    report(clientErrors);
    if (hasErrors(clientErrors)) return;
    const body = { url: url.trim(), events: normalizeEvents(events), description: description.trim() };
    if (webhook) {
      update.mutate({ slug, id: webhook.id, changes: body }, { onSuccess: (saved) => onSaved?.(saved), onError: onApiError });
    } else {
      create.mutate(
        { slug, body: { url: body.url, events: body.events, ...(body.description ? { description: body.description } : {}) } },
        {
          onSuccess: (created) => {
            setUrl('');
            setEvents([]);
            setDescription('');
            onCreated?.(created);
          },
          onError: onApiError,
        },
      );
    }
  }

  return (
    <form ref={formRef} className="form form--wide" noValidate onSubmit={submit} aria-label={webhook ? 'Edit the endpoint' : 'Add an endpoint'}>
      <TextField
        label="Endpoint URL"
        name="url"
        type="url"
        inputMode="url"
        autoComplete="off"
        spellCheck={false}
        placeholder="https://example.com/hooks/shelfwise"
        maxLength={URL_MAX}
        hint="Each event is POSTed here as JSON, signed per the Standard Webhooks specification."
        value={url}
        onChange={(e) => {
          setUrl(e.target.value);
          clear('url');
        }}
        error={errors.url}
        required
      />
      <EventPicker
        value={events}
        onChange={(next) => {
          setEvents(next);
          clear('events');
        }}
        error={errors.events}
      />
      <TextAreaField
        label="Description (optional)"
        name="description"
        rows={2}
        maxLength={DESCRIPTION_MAX}
        value={description}
        onChange={(e) => {
          setDescription(e.target.value);
          clear('description');
        }}
        error={errors.description}
      />
      <div className="form__actions">
        <button type="submit" className="button" disabled={pending}>
          {pending ? 'Saving…' : webhook ? 'Save changes' : 'Add endpoint'}
        </button>
      </div>
    </form>
  );
}
