import type { TextareaHTMLAttributes } from 'react';

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
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={className}>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="text-sm text-gray-700">
          {hint}
        </p>
      ) : null}
      <textarea
        {...textarea}
        id={id}
        name={name}
        rows={rows}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className="mt-1 w-full rounded border border-gray-500 px-3 py-2"
      />
      {error ? (
        <p id={errorId} className="mt-1 text-red-800">
          {error}
        </p>
      ) : null}
    </div>
  );
}
