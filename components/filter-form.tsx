import type { ReactNode } from 'react';
import { SelectField } from './ui/select-field';

/**
 * A list's filters: a GET form (works without JavaScript; the filters are the list's address),
 * its fields, a submit button and, while any filter is set, a link back to the whole list.
 */
export function FilterForm({
  action,
  label,
  applyLabel,
  clearLabel,
  filtered,
  className = 'mt-6',
  children,
}: {
  action: string;
  label: string;
  applyLabel: string;
  clearLabel: string;
  filtered: boolean;
  className?: string;
  children: ReactNode;
}) {
  return (
    <form method="get" action={action} role="search" aria-label={label} className={`${className} flex flex-wrap items-end gap-3 rounded border border-gray-300 bg-gray-50 p-3`}>
      {children}
      <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-white">
        {applyLabel}
      </button>
      {filtered ? (
        <a href={action} className="py-2">
          {clearLabel}
        </a>
      ) : null}
    </form>
  );
}

/** The year filter: the years there are, newest first, and "any". */
export function YearSelect({ label, anyLabel, years, value }: { label: string; anyLabel: string; years: readonly number[]; value: number | undefined }) {
  return (
    <SelectField
      name="year"
      label={label}
      defaultValue={value !== undefined ? String(value) : ''}
      options={[{ value: '', label: anyLabel }, ...years.map((y) => ({ value: String(y), label: String(y) }))]}
    />
  );
}
