import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';

const PORT = Number(process.env.E2E_PORT ?? 3100);
// Debian's Chromium where the machine has it; otherwise Playwright's own (scripts/ensure-browser.ts).
const executablePath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
export const E2E_PASSWORD = 'correct-horse-battery-staple';
export const E2E_AUTH_SECRET = 'e2e-secret-that-is-at-least-32-characters-long';

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: [['list']],
  // Two cores build, serve and drive Chromium at once: give each test room.
  timeout: 60_000,
  // A sign-in (scrypt) or a server action can take seconds while the machine is busy.
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath,
      args: ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [
    { name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined }, testIgnore: /durability\.spec\.ts/, grepInvert: /@site-wide/ },
    // Tests tagged @site-wide change what every page shows (the site settings, with XSS payloads):
    // after all the others, which assert the site's own name, one at a time; each restores what it changed.
    { name: 'site-wide', use: { ...devices['Desktop Chrome'], channel: undefined }, testIgnore: /durability\.spec\.ts/, grep: /@site-wide/, dependencies: ['chromium'], workers: 1 },
    // Kills a server of its own (scripts/durability/): after the others, so it has the machine to itself.
    { name: 'durability', testMatch: /durability\.spec\.ts/, dependencies: ['chromium', 'site-wide'] },
  ],
  webServer: {
    // The production build (made by `npm run test:e2e`) on a fresh database.
    command: 'tsx scripts/e2e-server.ts',
    url: `http://localhost:${PORT}/en`,
    reuseExistingServer: false,
    timeout: 240_000,
    stdout: 'pipe',
    env: {
      PORT: String(PORT),
      DEMO_PASSWORD: E2E_PASSWORD,
      AUTH_SECRET: E2E_AUTH_SECRET,
      AUTH_TRUST_HOST: 'true',
      SITE_URL: `http://localhost:${PORT}`,
      NEXT_TELEMETRY_DISABLED: '1',
      // The tests play a trusted proxy in front of the server: a test may claim its own client
      // address with X-Forwarded-For (so its sign-in failures count apart from the others').
      TRUSTED_PROXY_HOPS: '1',
    },
  },
});
