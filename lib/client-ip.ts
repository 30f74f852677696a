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

/**
 * A bare IPv4 or IPv6 address, or null: ports, brackets and a zone (`%eth0`) removed; an
 * IPv4-mapped IPv6 address (`::ffff:1.2.3.4`, in any spelling) as the IPv4 address it is; IPv6
 * in its one canonical text form (RFC 5952: lower case, no leading zeros, the longest run of
 * zero groups as `::`), so `2001:DB8:0:0::1` and `2001:0db8::0001` are the same address.
 */
export function normaliseIp(value: string): string | null {
  let ip = value.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(ip);
  if (bracketed) ip = bracketed[1]!;
  else if (/^\d{1,3}(?:\.\d{1,3}){3}:\d+$/.test(ip)) ip = ip.slice(0, ip.lastIndexOf(':'));
  const family = isIP(ip);
  if (family === 4) return ip;
  if (family !== 6) return null;
  const groups = ipv6Groups(ip);
  if (!groups) return null;
  return mappedIpv4(groups) ?? formatIpv6(groups);
}

/**
 * What sign-in failures from this address are counted under (the per-address limit): an IPv4
 * address itself, an IPv6 address's /64 network (`2001:db8:0:1::/64`). One subscriber or office
 * is handed a whole /64 (often more) and picks any address in it at will, so counting each IPv6
 * address apart would give an attacker 2^64 fresh budgets; a /64 is what one IPv4 address is.
 * IPv4-mapped addresses count as their IPv4 address. Null for what is not an address.
 */
export function signInThrottleKey(value: string): string | null {
  const ip = normaliseIp(value);
  if (ip === null || isIP(ip) === 4) return ip;
  const groups = ipv6Groups(ip)!;
  // The network's address (its last four groups zero) in canonical form, which ends in `::`.
  return `${formatIpv6([...groups.slice(0, 4), 0, 0, 0, 0])}/64`;
}

/** The eight 16-bit groups of an IPv6 address Node already accepted (isIP), or null. */
function ipv6Groups(ip: string): number[] | null {
  let text = ip.replace(/%.*$/, '');
  // A trailing dotted IPv4 part is the last two groups.
  const dotted = /(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const parse = (part: string) => (part === '' ? [] : part.split(':').map((g) => parseInt(g, 16)));
  const head = parse(halves[0]!);
  const tail = halves.length === 2 ? parse(halves[1]!) : [];
  const fill = 8 - head.length - tail.length;
  if (halves.length === 2 ? fill < 1 : fill !== 0) return null;
  const groups = [...head, ...Array<number>(halves.length === 2 ? fill : 0).fill(0), ...tail];
  return groups.length === 8 && groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? groups : null;
}

/** `::ffff:a.b.c.d` (IPv4-mapped) as `a.b.c.d`; null for any other IPv6 address. */
function mappedIpv4(groups: number[]): string | null {
  if (!groups.slice(0, 5).every((g) => g === 0) || groups[5] !== 0xffff) return null;
  return [groups[6]! >> 8, groups[6]! & 0xff, groups[7]! >> 8, groups[7]! & 0xff].join('.');
}

/** RFC 5952 text: lower-case hex without leading zeros, the first longest run of two or more zero groups as `::`. */
function formatIpv6(groups: number[]): string {
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLength) [bestStart, bestLength] = [i, j - i];
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart < 0) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLength).join(':')}`;
}
