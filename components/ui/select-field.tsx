import type { SelectHTMLAttributes } from 'react';
import { FieldFrame } from './field-frame';

type Props = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'name' | 'children'> & {
  name: string;
  label: string;
  options: readonly { value: string; label: string }[];
  /** Already translated; ties itself to the select with aria-describedby. */
  error?: string;
  /** Where the label should not show (a table row that names it otherwise); still read out. */
  hideLabel?: boolean;
};

/** A labelled select with its error message, the TextField of choices. `id` defaults to the name. */
export function SelectField({ name, label, options, error, hideLabel, className, id = name, ...select }: Props) {
  return (
    <FieldFrame id={id} label={label} error={error} hideLabel={hideLabel} className={className}>
      {(aria) => (
        <select {...aria} id={id} name={name} className={`${hideLabel ? '' : 'mt-1 '}w-full rounded border border-gray-500 bg-white px-3 py-2`} {...select}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}
