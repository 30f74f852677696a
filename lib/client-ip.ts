import { isIP } from 'node:net';

/**
 * The client's address, from X-Forwarded-For as our own server leaves it.
 *
 * Next's server (`next start`) only fills X-Forwarded-For in when a request arrives without one
 * (`req.headers['x-forwarded-for'] ??= socket.remoteAddress` in next/dist/server/base-server.js),
 * so whatever a client sends reaches the app untouched, and the first entry is whatever the
 * client chose. `npm start` therefore preloads `scripts/forwarded-for.cjs` into the server, which
 * appends the address of the peer that actually connected, as every proxy does. The last entry
 * is then always the socket's peer; each trusted proxy in front of us appended the one before it.
 *
 * With `trustedHops` proxies in front (TRUSTED_PROXY_HOPS: 0 when `npm start` serves directly,
 * 1 behind one nginx or load balancer…) the client is the entry `trustedHops` places before the
 * last; anything further left was written by the client and is never read. When there are fewer
 * entries (a request that bypassed the proxy), the leftmost one is the nearest we know. An entry
 * that is not an IP address is skipped towards the right, towards what our side wrote.
 */
export function clientIpFromForwardedFor(header: string | null | undefined, trustedHops: number): string | null {
  const entries = (header ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  if (entries.length === 0) return null;
  for (let i = Math.max(0, entries.length - 1 - trustedHops); i < entries.length; i++) {
    const ip = normaliseIp(entries[i]!);
    if (ip) return ip;
  }
  return null;
}

/** A bare IPv4 or IPv6 address (ports, brackets and the IPv4-mapped prefix removed), or null. */
export function normaliseIp(value: string): string | null {
  let ip = value.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(ip);
  if (bracketed) ip = bracketed[1]!;
  else if (/^\d{1,3}(?:\.\d{1,3}){3}:\d+$/.test(ip)) ip = ip.slice(0, ip.lastIndexOf(':'));
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(ip);
  if (mapped) ip = mapped[1]!;
  return isIP(ip) ? ip.toLowerCase() : null;
}
