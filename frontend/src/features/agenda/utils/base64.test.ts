import { describe, expect, it } from 'vitest';
import { fromBase64, toBase64 } from './base64';

describe('base64', () => {
  it('round-trips every byte value', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(fromBase64(toBase64(bytes))).toEqual(bytes);
  });

  it('matches the standard alphabet with padding', () => {
    expect(toBase64(new Uint8Array([0, 0]))).toBe('AAA=');
    expect(toBase64(new Uint8Array([251, 255]))).toBe('+/8=');
    expect(fromBase64('+/8=')).toEqual(new Uint8Array([251, 255]));
  });

  it('handles empty input and large updates', () => {
    expect(toBase64(new Uint8Array())).toBe('');
    expect(fromBase64('')).toEqual(new Uint8Array());
    const big = Uint8Array.from({ length: 200_000 }, (_, i) => (i * 7) % 256);
    expect(fromBase64(toBase64(big))).toEqual(big);
  });
});
