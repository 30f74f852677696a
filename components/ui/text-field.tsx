import type { InputHTMLAttributes } from 'react';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'name'> & {
  name: string;
  label: string;
  /** Already translated; ties itself to the input with aria-describedby. */
  error?: string;
};

/** A labelled input with its error message, the one shape every admin form field takes. */
export function TextField({ name, label, error, className, ...input }: Props) {
  const errorId = `${name}-error`;
  return (
    <div className={className}>
      <label htmlFor={name} className="block font-semibold">
        {label}
      </label>
      <input
        id={name}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        className="mt-1 w-full rounded border border-gray-500 px-3 py-2"
        {...input}
      />
      {error ? (
        <p id={errorId} className="mt-1 text-red-800">
          {error}
        </p>
      ) : null}
    </div>
  );
}
