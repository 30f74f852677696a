import { describe, expect, it } from 'vitest';
import { jsonLdText } from './json-ld';

describe('jsonLdText', () => {
  it('keeps the data while no stored text can close the script element or start markup', () => {
    const hostile = { name: '</script><script>alert(1)</script> & <!-- \u2028\u2029' };
    const text = jsonLdText(hostile);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual(hostile);
  });
});
