// The npm registry this project is built against serves only Linux builds of packages with
// per-platform binaries (@next/swc-*, @swc/core-*, @tailwindcss/oxide-*, …). `npm install` then
// leaves the other platforms' optional packages out of package-lock.json, and `npm ci` refuses
// the lock as out of sync. This adds each missing optional package with the os/cpu/libc its name
// declares, so npm ci skips it on a platform it does not fit and never needs to fetch it.
// Run after every `npm install` that changes the lock: `npm run lock:complete` (which then lets
// npm rewrite the lock in its own order and flags).
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const LOCK = 'package-lock.json';

const OS = ['darwin', 'linux', 'win32', 'android', 'freebsd', 'openharmony', 'sunos', 'aix', 'netbsd', 'openbsd'];
const CPU = { arm64: 'arm64', x64: 'x64', ia32: 'ia32', arm: 'arm', ppc64: 'ppc64', ppc64le: 'ppc64', s390x: 's390x', riscv64: 'riscv64', loong64: 'loong64', wasm32: 'wasm32' };

/** os/cpu/libc from a platform package's name, e.g. `@swc/core-linux-arm-gnueabihf`. */
export function platformOf(name) {
  const parts = name.split('/').pop().split('-');
  const os = parts.find((p) => OS.includes(p));
  const cpuPart = parts.find((p) => p in CPU);
  if (!cpuPart) return null;
  const entry = { cpu: [CPU[cpuPart]] };
  if (os) entry.os = [os];
  else if (cpuPart !== 'wasm32') return null;
  if (os === 'linux') {
    if (parts.some((p) => p.startsWith('musl'))) entry.libc = ['musl'];
    else if (parts.some((p) => p.startsWith('gnu'))) entry.libc = ['glibc'];
  }
  return entry;
}

/** Adds the missing entries to a parsed lockfile in place; returns how many were added. */
export function completeLockfile(lock) {
  const packages = lock.packages;
  let added = 0;
  for (const [path, pkg] of Object.entries(packages)) {
    for (const [dep, version] of Object.entries(pkg.optionalDependencies ?? {})) {
      // Where npm would place it: inside the parent's own node_modules, else at the top.
      const nested = `${path ? `${path}/` : ''}node_modules/${dep}`;
      const top = `node_modules/${dep}`;
      if (packages[nested] || packages[top]) continue;
      const platform = platformOf(dep);
      if (!platform) continue;
      packages[top] = { version, optional: true, ...platform };
      added++;
    }
  }
  if (added > 0) {
    lock.packages = Object.fromEntries(
      Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
    );
  }
  return added;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const lock = JSON.parse(readFileSync(LOCK, 'utf8'));
  const added = completeLockfile(lock);
  if (added > 0) writeFileSync(LOCK, `${JSON.stringify(lock, null, 2)}\n`);
  console.log(`complete-lockfile: added ${added} optional platform package(s) the registry does not serve`);
}
