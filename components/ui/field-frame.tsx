import type { ReactNode } from 'react';

/** What the control inside a FieldFrame wears so that its label's hint and error are read with it. */
export type FieldAria = { 'aria-invalid'?: true; 'aria-describedby'?: string };

type Props = {
  id: string;
  label: string;
  /** Help shown under the label; already translated. */
  hint?: string;
  /** Already translated; tied to the control with aria-describedby. */
  error?: string;
  className?: string;
  /** Where the label should not show (a table row that names it otherwise); still read out. */
  hideLabel?: boolean;
  children: (aria: FieldAria) => ReactNode;
};

/** The label, hint and error every admin form field has around its control. */
export function FieldFrame({ id, label, hint, error, className, hideLabel, children }: Props) {
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={className}>
      <label htmlFor={id} className={hideLabel ? 'sr-only' : 'block font-semibold'}>
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="text-sm text-gray-700">
          {hint}
        </p>
      ) : null}
      {children({ 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
      {error ? (
        <p id={errorId} className="mt-1 text-red-800">
          {error}
        </p>
      ) : null}
    </div>
  );
}
