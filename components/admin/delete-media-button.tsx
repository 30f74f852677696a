'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useActionState, useEffect } from 'react';
import { deleteMediaAction } from '@/lib/actions/delete-media';
import { confirmOrCancel } from './action-button';
import { FormError } from './form-feedback';
import { MediaUsageList } from './media-usage-list';

/** Deletes the image and goes back to the library; if it is in use, says where. */
export function DeleteMediaButton({ mediaId, libraryHref }: { mediaId: number; libraryHref: string }) {
  const t = useTranslations('Media');
  const te = useTranslations();
  const router = useRouter();
  const [state, formAction, pending] = useActionState(deleteMediaAction, null);
  useEffect(() => {
    if (state?.ok) router.push(libraryHref);
  }, [state, router, libraryHref]);
  return (
    <form action={formAction} onSubmit={(e) => confirmOrCancel(e, t('confirmDelete'))} className="space-y-2">
      <input type="hidden" name="mediaId" value={mediaId} />
      {state && !state.ok ? (
        <FormError>
          {te(state.error)}
          {'usages' in state && state.usages?.length ? <MediaUsageList usages={state.usages} className="mt-1 list-disc pl-6" /> : null}
        </FormError>
      ) : null}
      <button type="submit" disabled={pending} className="rounded border border-red-800 px-3 py-1.5 font-semibold text-red-800 disabled:opacity-70">
        {t('delete')}
      </button>
    </form>
  );
}
