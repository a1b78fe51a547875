import { describe, expect, it } from 'vitest';
import {
  currencyExponent,
  formatBcDate,
  formatRfc2822,
  fromMinorUnits,
  parseBcDate,
  toMinorUnits,
  toMinorUnitsOrNull,
} from '../../server/bigcommerce/money.js';

describe('toMinorUnits', () => {
  it.each([
    // [input, currency, expected]
    ['225.0000', 'USD', 22500],
    ['0.1000', 'USD', 10],
    ['0.2000', 'USD', 20],
    ['-3.50', 'USD', -350],
    ['-3.5000', 'USD', -350],
    ['0.0000', 'USD', 0],
    ['-0.0000', 'USD', 0],
    ['12.95', 'USD', 1295],
    ['5', 'USD', 500],
    ['.5', 'USD', 50],
    ['  7.10 ', 'USD', 710],
    ['10.9950', 'USD', 1100], // half away from zero
    ['10.9949', 'USD', 1099],
    ['-0.005', 'USD', -1],
    ['1200.0000', 'JPY', 1200],
    ['1200.5000', 'JPY', 1201],
    ['1000', 'KRW', 1000],
    ['1.2345', 'KWD', 1235],
    ['12.3450', 'BHD', 12345],
    ['99999999.9999', 'USD', 10000000000],
    [10.99, 'USD', 1099],
    [0.1, 'USD', 10],
    [50, 'USD', 5000],
    [-0.07, 'USD', -7],
    [1.005, 'USD', 101], // the literal 1.005 (prints as "1.005"), not 1.00499999...
    [1e-7, 'USD', 0],
    [1e21, 'JPY', NaN], // out of safe range -> throws (checked below)
  ] as const)('%j %s -> %d', (input, currency, expected) => {
    if (Number.isNaN(expected)) expect(() => toMinorUnits(input, currency)).toThrow(RangeError);
    else expect(toMinorUnits(input, currency)).toBe(expected);
  });

  it('adds exactly: "0.1" + "0.2" is 30 cents', () => {
    expect(toMinorUnits('0.1') + toMinorUnits('0.2')).toBe(toMinorUnits('0.3'));
    expect(toMinorUnits(0.1) + toMinorUnits(0.2)).toBe(30);
  });

  it('defaults to 2 decimals and accepts an explicit exponent', () => {
    expect(toMinorUnits('1.23')).toBe(123);
    expect(toMinorUnits('1.2345', 4)).toBe(12345);
    expect(toMinorUnits('1.5', 0)).toBe(2);
  });

  it('rejects things that are not amounts', () => {
    for (const bad of ['', 'abc', '1,5', '1.2.3', '--1', '$5']) expect(() => toMinorUnits(bad)).toThrow(TypeError);
    expect(() => toMinorUnits(Number.NaN)).toThrow(TypeError);
    expect(() => toMinorUnits(Number.POSITIVE_INFINITY)).toThrow(TypeError);
  });

  it('toMinorUnitsOrNull maps empty values to null', () => {
    expect(toMinorUnitsOrNull('')).toBeNull();
    expect(toMinorUnitsOrNull(null)).toBeNull();
    expect(toMinorUnitsOrNull(undefined)).toBeNull();
    expect(toMinorUnitsOrNull('1.00')).toBe(100);
  });
});

describe('currencyExponent / fromMinorUnits', () => {
  it('knows ISO exponents', () => {
    expect(currencyExponent('USD')).toBe(2);
    expect(currencyExponent('jpy')).toBe(0);
    expect(currencyExponent('KRW')).toBe(0);
    for (const c of ['BHD', 'KWD', 'OMR', 'JOD', 'TND']) expect(currencyExponent(c)).toBe(3);
    expect(currencyExponent(undefined)).toBe(2);
    expect(currencyExponent('XYZ')).toBe(2);
  });

  it.each([
    [22500, 'USD', '225.00'],
    [-350, 'USD', '-3.50'],
    [5, 'USD', '0.05'],
    [-5, 'USD', '-0.05'],
    [0, 'USD', '0.00'],
    [1200, 'JPY', '1200'],
    [12345, 'KWD', '12.345'],
    [1, 'BHD', '0.001'],
  ] as const)('%d %s -> %s', (minor, currency, text) => {
    expect(fromMinorUnits(minor, currency)).toBe(text);
    expect(toMinorUnits(text, currency)).toBe(minor);
  });
});

describe('dates', () => {
  it('parses V2 RFC-2822 and V3 ISO-8601 as UTC', () => {
    expect(parseBcDate('Wed, 10 Jan 2018 21:05:30 +0000')?.toISOString()).toBe('2018-01-10T21:05:30.000Z');
    expect(parseBcDate('Tue, 20 Nov 2012 00:00:00 -0500')?.toISOString()).toBe('2012-11-20T05:00:00.000Z');
    expect(parseBcDate('2024-05-14T09:34:00Z')?.toISOString()).toBe('2024-05-14T09:34:00.000Z');
    expect(parseBcDate('2022-06-16T16:44:15+00:00')?.toISOString()).toBe('2022-06-16T16:44:15.000Z');
    expect(parseBcDate('2017-04-20T11:32:00.000-04:00')?.toISOString()).toBe('2017-04-20T15:32:00.000Z');
    expect(parseBcDate('2024-05-14T09:34:00')?.toISOString()).toBe('2024-05-14T09:34:00.000Z'); // no zone = UTC
    expect(parseBcDate('2024-05-14')?.toISOString()).toBe('2024-05-14T00:00:00.000Z');
    expect(parseBcDate(1561479335)?.toISOString()).toBe('2019-06-25T16:15:35.000Z'); // webhook created_at
  });

  it('gives null for empty or garbage', () => {
    expect(parseBcDate('')).toBeNull(); // V2 date_shipped of an unshipped order
    expect(parseBcDate(null)).toBeNull();
    expect(parseBcDate(undefined)).toBeNull();
    expect(parseBcDate('yesterday')).toBeNull();
    expect(parseBcDate('2024-13-01')).toBeNull();
  });

  it('formats filters as ISO-8601 with an explicit offset, and RFC-2822 like V2', () => {
    const d = new Date('2017-04-20T15:32:00.789Z');
    expect(formatBcDate(d)).toBe('2017-04-20T15:32:00+00:00');
    expect(formatRfc2822(new Date('2018-01-10T21:05:30Z'))).toBe('Wed, 10 Jan 2018 21:05:30 +0000');
    expect(parseBcDate(formatRfc2822(d))?.toISOString()).toBe('2017-04-20T15:32:00.000Z');
  });
});
