/**
 * A `tel:` address for a phone number as the office writes it ("+7 (727) 258-26-43"): the digits
 * with a leading plus, nothing else (RFC 3966 allows separators, but some phones dial them). Null
 * when there are too few digits to dial.
 */
export function telHref(phone: string): string | null {
  const digits = phone.replace(/\D/g, '');
  if (digits.length < 3) return null;
  return `tel:${phone.trim().startsWith('+') ? '+' : ''}${digits}`;
}
