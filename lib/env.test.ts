import { describe, expect, it } from 'vitest';
import { EnvError, parseEnv } from './env';

describe('parseEnv', () => {
  it('fills in the documented defaults', () => {
    expect(parseEnv({})).toMatchObject({
      DATABASE_PATH: 'data/newsroom.db',
      UPLOADS_DIR: 'data/uploads',
      PORT: 3000,
      SITE_URL: 'http://localhost:3000',
    });
    expect(parseEnv({}).BACKUP_DIR).toBe('backups');
    expect(parseEnv({})).toMatchObject({ SIGNIN_MAX_FAILURES: 10, SIGNIN_MAX_FAILURES_PER_IP: 50, SIGNIN_LOCK_MINUTES: 15 });
    expect(parseEnv({ SIGNIN_MAX_FAILURES: '5', SIGNIN_LOCK_MINUTES: '60' })).toMatchObject({ SIGNIN_MAX_FAILURES: 5, SIGNIN_LOCK_MINUTES: 60 });
    expect(parseEnv({}).AUTH_SECRET).toBeUndefined();
    expect(parseEnv({}).DOCUMENT_MAX_MB).toBe(20);
    expect(parseEnv({ DOCUMENT_MAX_MB: '50' }).DOCUMENT_MAX_MB).toBe(50);
    expect(parseEnv({}).DEMO_PASSWORD).toBeUndefined();
    expect(parseEnv({ PORT: '8080' }).SITE_URL).toBe('http://localhost:8080');
    expect(parseEnv({ SITE_URL: 'https://news.example.org/' }).SITE_URL).toBe('https://news.example.org');
  });

  it('treats empty values as unset', () => {
    const env = parseEnv({ PORT: '', AUTH_SECRET: ' ' });
    expect(env.PORT).toBe(3000);
    expect(env.AUTH_SECRET).toBeUndefined();
  });

  it('names every bad variable with a message saying what is wanted', () => {
    try {
      parseEnv({ PORT: 'eighty', SITE_URL: 'ftp://x', AUTH_SECRET: 'short', DEMO_PASSWORD: 'short' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(EnvError);
      const problems = (error as EnvError).problems.join('\n');
      expect(problems).toMatch(/^PORT: PORT must be a whole number/m);
      expect(problems).toMatch(/^SITE_URL: SITE_URL must be an http\(s\) URL/m);
      expect(problems).toMatch(/^AUTH_SECRET: AUTH_SECRET must be at least 32 characters/m);
      expect(problems).toMatch(/^DEMO_PASSWORD: DEMO_PASSWORD must be at least 12 characters/m);
    }
  });

  it('refuses sign-in throttling numbers that are not positive whole numbers', () => {
    expect(() => parseEnv({ SIGNIN_MAX_FAILURES: '0' })).toThrow(/SIGNIN_MAX_FAILURES must be 1–1000/);
    expect(() => parseEnv({ SIGNIN_LOCK_MINUTES: 'ten' })).toThrow(/SIGNIN_LOCK_MINUTES must be a whole number/);
    expect(() => parseEnv({ SIGNIN_MAX_FAILURES_PER_IP: '-3' })).toThrow(/SIGNIN_MAX_FAILURES_PER_IP must be a whole number/);
  });

  it('refuses a port out of range', () => {
    expect(() => parseEnv({ PORT: '70000' })).toThrow(/PORT must be 1–65535/);
  });
});

describe('session lifetime and proxy trust', () => {
  it('defaults to a 12-hour session, 30 idle minutes, and no proxy in front', () => {
    expect(parseEnv({})).toMatchObject({ SESSION_MAX_HOURS: 12, SESSION_IDLE_MINUTES: 30, TRUSTED_PROXY_HOPS: 0 });
    expect(parseEnv({ SESSION_MAX_HOURS: '8', SESSION_IDLE_MINUTES: '15', TRUSTED_PROXY_HOPS: '1' })).toMatchObject({
      SESSION_MAX_HOURS: 8,
      SESSION_IDLE_MINUTES: 15,
      TRUSTED_PROXY_HOPS: 1,
    });
  });

  it('refuses values that are not whole numbers in range', () => {
    expect(() => parseEnv({ SESSION_MAX_HOURS: '0' })).toThrow(/SESSION_MAX_HOURS must be 1–720/);
    expect(() => parseEnv({ SESSION_IDLE_MINUTES: '1.5' })).toThrow(/SESSION_IDLE_MINUTES must be a whole number/);
    expect(() => parseEnv({ TRUSTED_PROXY_HOPS: '-1' })).toThrow(/TRUSTED_PROXY_HOPS must be a whole number/);
    expect(() => parseEnv({ TRUSTED_PROXY_HOPS: '11' })).toThrow(/TRUSTED_PROXY_HOPS must be 0–10/);
  });
});
