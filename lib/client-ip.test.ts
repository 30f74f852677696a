import { createRequire } from 'node:module';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientIpFromForwardedFor, normaliseIp, signInThrottleKey } from './client-ip';

describe('clientIpFromForwardedFor', () => {
  it('served directly (0 hops): the address our server appended, whatever the client wrote before it', () => {
    expect(clientIpFromForwardedFor('198.51.100.7', 0)).toBe('198.51.100.7');
    // A client claiming other addresses: they sit to the left and are never read.
    expect(clientIpFromForwardedFor('203.0.113.1, 10.0.0.1, 198.51.100.7', 0)).toBe('198.51.100.7');
    expect(clientIpFromForwardedFor('not-an-ip, 198.51.100.7', 0)).toBe('198.51.100.7');
  });

  it('behind one proxy (1 hop): the address that proxy appended, not the proxy itself nor what the client wrote', () => {
    // client wrote 203.0.113.1; nginx appended the real client 192.0.2.44; our server appended nginx 10.0.0.2
    expect(clientIpFromForwardedFor('203.0.113.1, 192.0.2.44, 10.0.0.2', 1)).toBe('192.0.2.44');
    expect(clientIpFromForwardedFor('192.0.2.44, 10.0.0.2', 1)).toBe('192.0.2.44');
    expect(clientIpFromForwardedFor('203.0.113.1, 203.0.113.2, 192.0.2.44, 10.0.0.3, 10.0.0.2', 2)).toBe('192.0.2.44');
  });

  it('a request that bypassed the proxies gets the furthest address there is (its own)', () => {
    expect(clientIpFromForwardedFor('10.0.0.9', 1)).toBe('10.0.0.9');
    expect(clientIpFromForwardedFor('10.0.0.9', 3)).toBe('10.0.0.9');
  });

  it('skips an entry that is not an address towards the right, towards what our side wrote', () => {
    expect(clientIpFromForwardedFor('192.0.2.44, garbage, 10.0.0.2', 1)).toBe('10.0.0.2');
    expect(clientIpFromForwardedFor('unknown', 0)).toBeNull();
  });

  it('answers null without a header and tolerates empty entries', () => {
    expect(clientIpFromForwardedFor(null, 0)).toBeNull();
    expect(clientIpFromForwardedFor('', 0)).toBeNull();
    expect(clientIpFromForwardedFor(' , ,198.51.100.7,', 0)).toBe('198.51.100.7');
  });
});

describe('normaliseIp', () => {
  it('strips ports, brackets and the IPv4-mapped prefix; refuses what is not an address', () => {
    expect(normaliseIp('::ffff:127.0.0.1')).toBe('127.0.0.1');
    expect(normaliseIp('198.51.100.7:51234')).toBe('198.51.100.7');
    expect(normaliseIp('[2001:DB8::1]:443')).toBe('2001:db8::1');
    expect(normaliseIp('2001:db8::1')).toBe('2001:db8::1');
    expect(normaliseIp('<script>')).toBeNull();
    expect(normaliseIp('999.1.1.1')).toBeNull();
  });
});

describe('normaliseIp: one text per address', () => {
  it('writes IPv6 in its canonical form (RFC 5952), whatever the spelling', () => {
    for (const spelling of ['2001:DB8:0:0::1', '2001:0db8:0000:0000:0000:0000:0000:0001', '2001:db8:0:0:0:0:0:1', '[2001:db8::0001]', '2001:db8::1%eth0']) {
      expect(normaliseIp(spelling), spelling).toBe('2001:db8::1');
    }
    // The first of two equal runs of zeros is the one shortened; a single zero group is not.
    expect(normaliseIp('2001:db8:0:0:1:0:0:1')).toBe('2001:db8::1:0:0:1');
    expect(normaliseIp('2001:db8:0:1:1:1:1:1')).toBe('2001:db8:0:1:1:1:1:1');
    expect(normaliseIp('0:0:0:0:0:0:0:1')).toBe('::1');
    expect(normaliseIp('::')).toBe('::');
  });

  it('turns an IPv4-mapped address, in any spelling, into its IPv4 address', () => {
    for (const spelling of ['::ffff:192.0.2.44', '::FFFF:c000:22c', '0:0:0:0:0:ffff:c000:022c', '0000:0000:0000:0000:0000:ffff:192.0.2.44', '[::ffff:192.0.2.44]:8080']) {
      expect(normaliseIp(spelling), spelling).toBe('192.0.2.44');
    }
    // Not mapped: another prefix, or the deprecated IPv4-compatible form.
    expect(normaliseIp('::fffe:192.0.2.44')).toBe('::fffe:c000:22c');
    expect(normaliseIp('::192.0.2.44')).toBe('::c000:22c');
  });

  it('refuses near-addresses', () => {
    for (const bad of ['2001:db8:::1', '2001:db8::1::2', '1:2:3:4:5:6:7:8:9', '2001:db8::g', '::ffff:999.0.0.1', '1.2.3', '']) expect(normaliseIp(bad), bad).toBeNull();
  });
});

describe('signInThrottleKey', () => {
  it('keys an IPv6 address by its /64 network', () => {
    expect(signInThrottleKey('2001:db8:aaaa:bbbb:1:2:3:4')).toBe('2001:db8:aaaa:bbbb::/64');
    expect(signInThrottleKey('2001:db8:aaaa:bbbb:ffff:ffff:ffff:ffff')).toBe('2001:db8:aaaa:bbbb::/64');
    expect(signInThrottleKey('2001:db8:aaaa:bbbc::1')).toBe('2001:db8:aaaa:bbbc::/64');
    expect(signInThrottleKey('2001:db8::1')).toBe('2001:db8::/64');
    expect(signInThrottleKey('2001:0DB8:0000:0001:0000:0000:0000:0001')).toBe('2001:db8:0:1::/64');
    expect(signInThrottleKey('[2001:db8:0:1::5]:443')).toBe('2001:db8:0:1::/64');
    expect(signInThrottleKey('fe80::1%eth0')).toBe('fe80::/64');
    expect(signInThrottleKey('::1')).toBe('::/64');
  });

  it('keys an IPv4 address, mapped or not, by the address itself', () => {
    expect(signInThrottleKey('192.0.2.44')).toBe('192.0.2.44');
    expect(signInThrottleKey('192.0.2.45')).toBe('192.0.2.45');
    expect(signInThrottleKey('::ffff:192.0.2.44')).toBe('192.0.2.44');
    expect(signInThrottleKey('::ffff:c000:22c')).toBe('192.0.2.44');
    expect(signInThrottleKey('192.0.2.44:5000')).toBe('192.0.2.44');
  });

  it('has no key for what is not an address', () => {
    expect(signInThrottleKey('unknown')).toBeNull();
    expect(signInThrottleKey('<script>')).toBeNull();
  });
});

describe('scripts/forwarded-for.cjs (preloaded into the server by npm start)', () => {
  // Loading it patches node:http's servers in this process, as it does in the server's.
  const { appendPeerAddress } = createRequire(import.meta.url)('../scripts/forwarded-for.cjs') as {
    appendPeerAddress: (req: { headers: Record<string, string | string[] | undefined>; socket?: { remoteAddress?: string } }) => void;
  };
  let server: http.Server;
  let seen: string | string[] | undefined;
  let port: number;
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      seen = req.headers['x-forwarded-for'];
      res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const get = (headers: Record<string, string>) =>
    new Promise<void>((resolve, reject) => {
      http.get({ host: '127.0.0.1', port, headers }, (res) => res.resume().on('end', resolve)).on('error', reject);
    });

  it('appends the connecting peer to a forged X-Forwarded-For, so the forgery is never the last entry', async () => {
    await get({ 'X-Forwarded-For': '203.0.113.1' });
    expect(seen).toBe('203.0.113.1, 127.0.0.1');
    expect(clientIpFromForwardedFor(seen as string, 0)).toBe('127.0.0.1');
  });

  it('writes the peer alone when there was no header', async () => {
    await get({});
    expect(seen).toBe('127.0.0.1');
  });

  it('joins repeated header lines before appending', () => {
    const req = { headers: { 'x-forwarded-for': ['203.0.113.1', '203.0.113.2'] }, socket: { remoteAddress: '::1' } };
    appendPeerAddress(req);
    expect(req.headers['x-forwarded-for']).toBe('203.0.113.1, 203.0.113.2, ::1');
  });
});
