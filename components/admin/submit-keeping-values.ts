import { startTransition, type FormEvent } from 'react';

/**
 * A form's submit handler that runs its action without React's automatic reset of the form: a
 * refused submission (a missing field) leaves everything the person typed where it was. The form
 * keeps its `action` too, so a submit before the page has hydrated still posts it.
 */
export function submitKeepingValues(formAction: (form: FormData) => void) {
  return (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    startTransition(() => formAction(form));
  };
}
