import { describe, expect, it } from 'vitest';
import { formatBytes, formatEta, formatRows, formatTransfer, percentOf, transferPercent } from './progress';

describe('progress wording', () => {
  it('when the total is known, then the percent is whole, floored and within 0 to 100; unknown or zero, then there is none', () => {
    expect(percentOf(1, 3)).toBe(33);
    expect(percentOf(2, 3)).toBe(66);
    expect(percentOf(7, 5)).toBe(100);
    expect(percentOf(0, 10)).toBe(0);
    expect(percentOf(5, null)).toBeNull();
    expect(percentOf(5, 0)).toBeNull();
  });

  it('sizes read in decimal units with one decimal under ten', () => {
    expect(formatBytes(1)).toBe('1 byte');
    expect(formatBytes(512)).toBe('512 bytes');
    expect(formatBytes(1_500)).toBe('1.5 KB');
    expect(formatBytes(12_400_000)).toBe('12 MB');
    expect(formatBytes(100_000_000)).toBe('100 MB');
    expect(formatBytes(2_500_000_000)).toBe('2.5 GB');
  });

  it('the time left is rounded up to minutes, then hours; no estimate says nothing', () => {
    expect(formatEta(null)).toBeNull();
    expect(formatEta(-1)).toBeNull();
    expect(formatEta(0)).toBe('less than a minute left');
    expect(formatEta(59)).toBe('less than a minute left');
    expect(formatEta(60)).toBe('about 1 minute left');
    expect(formatEta(61)).toBe('about 2 minutes left');
    expect(formatEta(89 * 60)).toBe('about 89 minutes left');
    expect(formatEta(3 * 3600)).toBe('about 3 hours left');
  });

  it('rows say how many of how many, or only how many while the total is unknown', () => {
    expect(formatRows(1_234, 5_000)).toBe('1,234 of 5,000 rows (24%)');
    expect(formatRows(1, null)).toBe('1 row');
    expect(formatRows(12, undefined)).toBe('12 rows');
  });

  it('a download fills its bar only against an exact total; a capped one says "at least", bytes alone when rows cannot be read', () => {
    expect(formatTransfer({ bytes: 1_200_000, rows: 1_234, total: { count: 5_000, exact: true } })).toBe('1,234 of 5,000 rows (24%) · 1.2 MB');
    expect(transferPercent({ bytes: 1, rows: 1_234, total: { count: 5_000, exact: true } })).toBe(24);
    expect(formatTransfer({ bytes: 1_200_000, rows: 1_234, total: { count: 10_000, exact: false } })).toBe('1,234 of 10,000+ rows · 1.2 MB');
    expect(transferPercent({ bytes: 1, rows: 1_234, total: { count: 10_000, exact: false } })).toBeNull();
    expect(formatTransfer({ bytes: 3_000, rows: null, total: null })).toBe('3.0 KB received');
    expect(transferPercent({ bytes: 0, rows: 0, total: { count: 0, exact: true } })).toBe(100);
  });
});
