import type { ReactNode } from 'react';

/** A form-level error, announced at once. */
export function FormError({ children }: { children: ReactNode }) {
  return (
    <div role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-red-800">
      {children}
    </div>
  );
}

/** A form's success, announced politely. */
export function FormStatus({ children }: { children: ReactNode }) {
  return (
    <div role="status" className="rounded border border-green-700 bg-green-50 p-3 text-green-900">
      {children}
    </div>
  );
}
