import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADMIN_CLIENT_NAMESPACES } from './admin-messages';

/** Every client component the admin renders, with the namespaces it asks `useTranslations` for. */
function clientNamespaces(dir: string): [string, string][] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.tsx'))
    .flatMap((f) => {
      const source = readFileSync(path.join(dir, f), 'utf8');
      if (!source.startsWith("'use client'")) return [];
      return [...source.matchAll(/useTranslations\(\s*'([A-Za-z]+)'/g)].map((m): [string, string] => [f, m[1]!]);
    });
}

describe('the admin’s client messages', () => {
  it('include every namespace an admin client component reads (else it shows raw keys)', () => {
    const used = [...clientNamespaces('components/admin'), ...clientNamespaces('components/ui')];
    expect(used.length).toBeGreaterThan(10);
    const missing = used.filter(([, ns]) => !(ADMIN_CLIENT_NAMESPACES as readonly string[]).includes(ns)).map(([f, ns]) => `${f}: ${ns}`);
    expect(missing).toEqual([]);
  });
});
