import { describe, expect, it } from 'vitest';
import { EMPTY_FILTER_FORM, toAuditFilters } from './filters';

const ID = '0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';

describe('toAuditFilters', () => {
  it('when the form is empty, then there are no filters and no errors', () => {
    expect(toAuditFilters(EMPTY_FILTER_FORM)).toEqual({ filters: {}, errors: {} });
  });

  it('when every field is filled, then the filters are the API\'s: ids as given, times in ISO (UTC)', () => {
    const from = '2026-12-01T08:30';
    const to = '2026-12-02T18:00';
    const { filters, errors } = toAuditFilters({ actor: ` ${ID.toUpperCase()} `, action: 'signed_in', target: `user:${ID}`, from, to });
    expect(errors).toEqual({});
    expect(filters).toEqual({ actor: ID, action: 'signed_in', target: `user:${ID}`, from: new Date(from).toISOString(), to: new Date(to).toISOString() });
  });

  it('when the target is a bare id, then it is accepted as one', () => {
    expect(toAuditFilters({ ...EMPTY_FILTER_FORM, target: ID }).filters).toEqual({ target: ID });
  });

  it('when an id is not one, a target names an unknown type, or the range runs backwards, then each field says so', () => {
    const { errors } = toAuditFilters({ actor: 'mia', action: '', target: `planet:${ID}`, from: '2026-12-02T10:00', to: '2026-12-01T10:00' });
    expect(Object.keys(errors).sort()).toEqual(['actor', 'target', 'to']);
    expect(errors.to).toBe('The end must not be before the start.');
  });
});
