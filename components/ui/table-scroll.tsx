import type { ReactNode } from 'react';

/**
 * A wide table scrolls inside its own box on a phone, never the page. `relative` matters: the
 * table's visually hidden labels are positioned absolutely, and without a positioned box around
 * them they are placed against the page, past its right edge, and widen it.
 */
export function TableScroll({ className = '', children }: { className?: string; children: ReactNode }) {
  return <div className={`relative overflow-x-auto ${className}`.trim()}>{children}</div>;
}
