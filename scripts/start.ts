// `npm start`: validate configuration, migrate, seed an empty database, build when there is
// no build, then serve. `npm run dev` does the same with the development server.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadEnvOrExit, prepareDatabase, resolveAuthSecret } from './prepare';

const dev = process.argv.includes('--dev');
const env = loadEnvOrExit();
const childEnv: NodeJS.ProcessEnv = {
  ...process.env,
  DATABASE_PATH: env.DATABASE_PATH,
  UPLOADS_DIR: env.UPLOADS_DIR,
  SITE_URL: env.SITE_URL,
  // The server asks itself to refresh cached pages (lib/scheduler.ts): it must know its port.
  PORT: String(env.PORT),
  AUTH_SECRET: resolveAuthSecret(env),
  // next-auth refuses requests whose Host it does not trust; this server is its own origin.
  AUTH_TRUST_HOST: process.env.AUTH_TRUST_HOST ?? 'true',
  NEXT_TELEMETRY_DISABLED: '1',
};
const nextBin = path.join('node_modules', 'next', 'dist', 'bin', 'next');
// Appends the connecting peer to X-Forwarded-For before Next sees a request (see lib/client-ip.ts).
const forwardedForHook = path.resolve('scripts', 'forwarded-for.cjs');

await prepareDatabase(env);

if (!dev && !existsSync(path.join('.next', 'BUILD_ID'))) {
  console.log('No production build yet: building (a minute or two)…');
  const build = spawnSync(process.execPath, [nextBin, 'build'], { stdio: 'inherit', env: childEnv });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// No -H: next-intl's rewrites loop when the server binds to 127.0.0.1 by name.
// The hook goes through NODE_OPTIONS so that `next dev`'s server process (a child) loads it too.
const server = spawn(process.execPath, [nextBin, dev ? 'dev' : 'start', '-p', String(env.PORT)], {
  stdio: 'inherit',
  env: { ...childEnv, NODE_OPTIONS: [process.env.NODE_OPTIONS, `--require ${JSON.stringify(forwardedForHook)}`].filter(Boolean).join(' ') },
});
console.log(`Newsroom on http://localhost:${env.PORT}`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
