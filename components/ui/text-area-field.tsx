import type { TextareaHTMLAttributes } from 'react';
import { FieldFrame } from './field-frame';

type Props = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'name'> & {
  name: string;
  label: string;
  /** Help shown under the label; already translated. */
  hint?: string;
  /** Already translated; ties itself to the textarea with aria-describedby. */
  error?: string;
};

/** The TextField of longer text. `id` defaults to the name. */
export function TextAreaField({ name, label, hint, error, className, id = name, rows = 3, ...textarea }: Props) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} className={className}>
      {(aria) => <textarea {...textarea} {...aria} id={id} name={name} rows={rows} className="mt-1 w-full rounded border border-gray-500 px-3 py-2" />}
    </FieldFrame>
  );
}
