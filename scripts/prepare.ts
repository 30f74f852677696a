import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { migrateDatabase, openDatabase } from '@/db/client';
import { seedDemo } from '@/db/seed/seed';
import { EnvError, parseEnv, type Env } from '@/lib/env';
import { createLocalStorage } from '@/lib/storage';
import { generatePassword } from '@/lib/password';
import { ensureSearchIndex } from '@/db/mutations/search';

const SECRET_FILE = path.join('data', 'auth-secret');

/** Validates the environment or exits with a message naming each bad variable. */
export function loadEnvOrExit(): Env {
  try {
    return parseEnv();
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(`\n${error.message}\n\nSee "Configuration" in README.md.\n`);
      process.exit(1);
    }
    throw error;
  }
}

/** AUTH_SECRET from the environment, else the demo's own, generated once into data/ (git-ignored). */
export function resolveAuthSecret(env: Env): string {
  if (env.AUTH_SECRET) return env.AUTH_SECRET;
  if (existsSync(SECRET_FILE)) return readFileSync(SECRET_FILE, 'utf8').trim();
  mkdirSync(path.dirname(SECRET_FILE), { recursive: true });
  const secret = randomBytes(33).toString('base64');
  writeFileSync(SECRET_FILE, `${secret}\n`, { mode: 0o600 });
  console.log(`Generated AUTH_SECRET into ${SECRET_FILE} (set AUTH_SECRET to use your own).`);
  return secret;
}

/** Migrates the database and, when it is empty, seeds the demo and prints its logins. */
export async function prepareDatabase(env: Env): Promise<void> {
  mkdirSync(env.UPLOADS_DIR, { recursive: true });
  const db = openDatabase(env.DATABASE_PATH);
  try {
    migrateDatabase(db);
    if (db.transaction((tx) => ensureSearchIndex(tx))) console.log('Built the search index from what is published.');
    const password = env.DEMO_PASSWORD ?? generatePassword();
    const result = await seedDemo(db, password, createLocalStorage(env.UPLOADS_DIR));
    if (result.seeded) {
      console.log(`\nSeeded the demo: ${result.stories} stories in English and Russian, ${result.images} images, ${result.documents} documents.`);
      console.log('Demo accounts (password ' + (env.DEMO_PASSWORD ? 'from DEMO_PASSWORD' : 'generated for this database') + '):');
      for (const account of result.accounts) console.log(`  ${account.role.padEnd(10)} ${account.email}  ${password}`);
      console.log('');
    }
  } finally {
    db.$client.close();
  }
}
