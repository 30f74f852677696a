import { z } from 'zod';

const optionalString = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v));

const wholeNumber = (name: string, fallback: number, min: number, max: number) =>
  optionalString
    .transform((v) => v ?? String(fallback))
    .pipe(z.string().regex(/^\d+$/, `${name} must be a whole number such as ${fallback}`))
    .transform(Number)
    .pipe(z.number().min(min, `${name} must be ${min}–${max}`).max(max, `${name} must be ${min}–${max}`));

const positiveInt = (name: string, fallback: number, max: number) => wholeNumber(name, fallback, 1, max);

export const envSchema = z.object({
  DATABASE_PATH: optionalString.transform((v) => v ?? 'data/newsroom.db'),
  UPLOADS_DIR: optionalString.transform((v) => v ?? 'data/uploads'),
  // Where `npm run backup` writes its dated folders.
  BACKUP_DIR: optionalString.transform((v) => v ?? 'backups'),
  PORT: optionalString
    .transform((v) => v ?? '3000')
    .pipe(z.string().regex(/^\d+$/, 'PORT must be a whole number such as 3000'))
    .transform(Number)
    .pipe(z.number().min(1, 'PORT must be 1–65535').max(65535, 'PORT must be 1–65535')),
  // Absolute origin used in canonical links, hreflang alternates and feeds.
  SITE_URL: optionalString.pipe(
    z
      .url({ protocol: /^https?$/, message: 'SITE_URL must be an http(s) URL such as https://news.example.org' })
      .transform((v) => v.replace(/\/+$/, ''))
      .optional(),
  ),
  AUTH_SECRET: optionalString.pipe(
    z.string().min(32, 'AUTH_SECRET must be at least 32 characters (try: openssl rand -base64 33)').optional(),
  ),
  // Sign-in throttling: this many failures within the lock period lock an account (or, the
  // per-address number, a client address) for that period.
  SIGNIN_MAX_FAILURES: positiveInt('SIGNIN_MAX_FAILURES', 10, 1000),
  SIGNIN_MAX_FAILURES_PER_IP: positiveInt('SIGNIN_MAX_FAILURES_PER_IP', 50, 100000),
  SIGNIN_LOCK_MINUTES: positiveInt('SIGNIN_LOCK_MINUTES', 15, 24 * 60),
  // Session lifetime: signed out this long after signing in, however active (ASVS 3.3.2, level 2:
  // 12 hours), and after this long without an admin request.
  SESSION_MAX_HOURS: positiveInt('SESSION_MAX_HOURS', 12, 24 * 30),
  SESSION_IDLE_MINUTES: positiveInt('SESSION_IDLE_MINUTES', 30, 24 * 60),
  // How many proxies in front of the server append to X-Forwarded-For (lib/client-ip.ts):
  // 0 when `npm start` serves the internet directly, 1 behind one nginx or load balancer.
  TRUSTED_PROXY_HOPS: wholeNumber('TRUSTED_PROXY_HOPS', 0, 0, 10),
  // Largest PDF a document may have, per language file, in megabytes.
  DOCUMENT_MAX_MB: positiveInt('DOCUMENT_MAX_MB', 20, 200),
  DEMO_PASSWORD: optionalString.pipe(
    z.string().min(12, 'DEMO_PASSWORD must be at least 12 characters').optional(),
  ),
});

export type Env = z.infer<typeof envSchema> & { SITE_URL: string };

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Validates the environment; every problem is named with its variable. */
export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    throw new EnvError(result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const env = result.data;
  return { ...env, SITE_URL: env.SITE_URL ?? `http://localhost:${env.PORT}` };
}

let cached: Env | undefined;
/** The server's validated environment, read once. */
export function getEnv(): Env {
  cached ??= parseEnv();
  return cached;
}
