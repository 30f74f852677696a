import 'server-only';
import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The server's word to itself: its background work (the scheduler) has no request to revalidate
 * pages in, so it asks its own route handler, proving who asks with an HMAC of AUTH_SECRET.
 */
export function internalToken(purpose: string): string {
  const secret = process.env.AUTH_SECRET;
  if (!secret) throw new Error('AUTH_SECRET is not set');
  return createHmac('sha256', secret).update(`newsroom:${purpose}`).digest('base64url');
}

export function isInternalToken(purpose: string, given: string | null): boolean {
  if (!given) return false;
  const expected = Buffer.from(internalToken(purpose));
  const actual = Buffer.from(given);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
