import { describe, expect, it } from 'vitest';
import { URL_MAX, validateWebhook } from './validation';

const valid = { url: 'https://example.com/hooks', events: ['product.*'], description: '' };

describe('the endpoint form\'s checks (the API\'s own limits)', () => {
  it('when the address and an event are given, then nothing is wrong', () => {
    expect(validateWebhook(valid)).toEqual({});
    expect(validateWebhook({ ...valid, url: 'http://127.0.0.1:5405/' })).toEqual({});
  });

  it('when the address is missing, not http(s), too long or carries credentials, then the url field says so', () => {
    expect(validateWebhook({ ...valid, url: '  ' }).url).toMatch(/Enter the address/);
    expect(validateWebhook({ ...valid, url: 'ftp://example.com/' }).url).toMatch(/starting with https/);
    expect(validateWebhook({ ...valid, url: 'example.com/hooks' }).url).toMatch(/starting with https/);
    expect(validateWebhook({ ...valid, url: `https://example.com/${'a'.repeat(URL_MAX)}` }).url).toMatch(/At most 2048/);
    expect(validateWebhook({ ...valid, url: 'https://me:secret@example.com/' }).url).toMatch(/user name and password/);
  });

  it('when no event is chosen, then the events say so', () => {
    expect(validateWebhook({ ...valid, events: [] }).events).toBe('Choose at least one event.');
  });
});
