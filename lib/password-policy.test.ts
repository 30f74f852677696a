import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { passwordProblem } from './password-policy';

const person = { email: 'olga.petrova@example.org', name: 'Olga Petrova' };

describe('password policy', () => {
  it('accepts a long, uncommon password that is not about the person', () => {
    expect(passwordProblem('tulip-river-kettle-42', person)).toBeNull();
    expect(passwordProblem('зелёный чай и горы', person)).toBeNull();
  });

  it('wants at least 12 characters, counted as a person sees them', () => {
    expect(passwordProblem('short-pass1', person)).toBe('Errors.passwordTooShort');
    // Twelve Cyrillic letters are twelve characters, not 24 bytes.
    expect(passwordProblem('абвгдеёжзийк', person)).toBeNull();
  });

  it('refuses a well-known password whatever its case or spacing', () => {
    expect(passwordProblem('qwertyuiopasdfghjkl', person)).toBe('Errors.passwordTooCommon');
    expect(passwordProblem('PASSWORD1234', person)).toBe('Errors.passwordTooCommon');
    expect(passwordProblem('Correct Horse Battery Staple', person)).toBe('Errors.passwordTooCommon');
    expect(passwordProblem('йцукенгшщзхъ', person)).toBe('Errors.passwordTooCommon');
  });

  it('refuses the e-mail address as the password', () => {
    expect(passwordProblem('Olga.Petrova@example.org', person)).toBe('Errors.passwordIsEmail');
  });

  it("refuses a password containing the person's name or a part of it", () => {
    expect(passwordProblem('olgapetrova2026', person)).toBe('Errors.passwordContainsName');
    expect(passwordProblem('my-name-is-PETROVA!', person)).toBe('Errors.passwordContainsName');
    // Short name parts are not held against a password ("Al" would refuse "always-…").
    expect(passwordProblem('always-tulips-here', { email: 'al@example.org', name: 'Al Li' })).toBeNull();
  });

  it('ships a list of about a thousand lower-cased passwords, one a line, without duplicates', () => {
    const lines = readFileSync('lib/common-passwords.txt', 'utf8').trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(900);
    expect(new Set(lines).size).toBe(lines.length);
    for (const line of lines) expect(line).toBe(line.toLowerCase().trim());
    expect(lines.slice(0, 3)).toEqual(['123456', 'password', '12345678']);
  });
});
