import type { InputHTMLAttributes } from 'react';
import { FieldFrame } from './field-frame';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'name'> & {
  name: string;
  label: string;
  /** Help shown under the label; already translated. */
  hint?: string;
  /** Already translated; ties itself to the input with aria-describedby. */
  error?: string;
};

/** A labelled input with its error message, the one shape every admin form field takes. */
export function TextField({ name, label, hint, error, className, ...input }: Props) {
  return (
    <FieldFrame id={name} label={label} hint={hint} error={error} className={className}>
      {(aria) => <input {...input} {...aria} id={name} name={name} className="mt-1 w-full rounded border border-gray-500 px-3 py-2" />}
    </FieldFrame>
  );
}
