'use client';

import { useTranslations } from 'next-intl';
import type { Locale } from '@/i18n/routing';
import type { MediaSummary } from '@/lib/media/summary';
import { fetchPickerList, PickerDialog } from './picker-dialog';
import { Thumbnail } from './thumbnail';

/** Chooses an image from the media library, thumbnails in a grid. Mount it only while open. */
export function MediaPicker({
  heading,
  lang,
  libraryHref,
  currentId = null,
  onPick,
  onClose,
}: {
  heading: string;
  /** The language whose alt text the list shows (the version being edited). */
  lang: Locale;
  /** The media library, to upload what is not there yet (editors and admins). */
  libraryHref: string | null;
  /** The image chosen now (the hero), marked in the list. */
  currentId?: number | null;
  onPick: (image: MediaSummary) => void;
  onClose: () => void;
}) {
  const t = useTranslations('Editor');
  const te = useTranslations();
  return (
    <PickerDialog<MediaSummary>
      texts={{
        heading,
        cancel: t('pickerCancel'),
        search: t('pickerSearch'),
        searchHint: t('pickerSearchHint'),
        loading: t('pickerLoading'),
        empty: t('pickerEmpty'),
        count: (count) => t('pickerCount', { count }),
        error: (key) => te(key),
      }}
      load={(q, signal) => fetchPickerList(`/api/media${q ? `?q=${encodeURIComponent(q)}` : ''}`, signal)}
      library={{ href: libraryHref, label: t('pickerLibrary') }}
      layout="grid"
      isCurrent={(item) => item.id === currentId}
      renderItem={(item) => {
        const alt = item.alt[lang].trim();
        return (
          <>
            <Thumbnail image={item} className="aspect-[3/2] h-auto w-full object-cover" />
            <span className="font-semibold break-all">{item.name}</span>
            {item.id === currentId ? <span className="text-sm font-semibold text-blue-900">{t('pickerCurrent')}</span> : null}
            {alt ? (
              <span className="text-sm" lang={lang}>
                {alt}
              </span>
            ) : (
              <span className="text-sm text-red-800">{t('noAltIn', { language: lang })}</span>
            )}
          </>
        );
      }}
      onPick={onPick}
      onClose={onClose}
    />
  );
}
