'use client';

import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { MediaPicker } from './media-picker';
import { useStoryMedia } from './story-media';
import { Thumbnail } from './thumbnail';

/**
 * The story's hero image, shared by every language version: chosen from the media library (or
 * removed) on the source version, shown with this language's alt text on the others. Posts
 * `heroMediaId` with the story form.
 */
export function HeroField({
  heroId,
  editable,
  libraryHref,
  error,
  onChange,
}: {
  heroId: number | null;
  editable: boolean;
  libraryHref: string | null;
  error?: string;
  onChange?: (mediaId: number | null) => void;
}) {
  const t = useTranslations('StoryEditor');
  const te = useTranslations('Editor');
  const { lookup, remember, lang, mediaHref } = useStoryMedia();
  const [picking, setPicking] = useState(false);
  const headingId = useId();
  const hero = heroId ? lookup(heroId) : undefined;
  const alt = hero?.alt[lang].trim() ?? '';

  return (
    <div role="group" aria-labelledby={headingId}>
      <p id={headingId} className="font-semibold">
        {t('hero')}
      </p>
      {editable ? <input type="hidden" name="heroMediaId" value={heroId ?? ''} /> : null}
      {heroId === null ? (
        <p className="mt-1 text-gray-700">{t('heroNone')}</p>
      ) : (
        <div className="mt-2 flex items-start gap-3">
          {hero ? <Thumbnail image={hero} alt={alt} lang={lang} className="h-auto w-40 shrink-0 rounded" /> : null}
          <div className="min-w-0 text-sm">
            <p className="font-semibold break-all">{hero ? hero.name : te('imageGone')}</p>
            {hero ? (
              alt ? (
                <p>
                  {te('imageAlt')} <span lang={lang}>{alt}</span>
                </p>
              ) : (
                <p className="text-red-800">{te('noAltIn', { language: lang })}</p>
              )
            ) : null}
            {hero && mediaHref ? (
              <a href={mediaHref(hero.id)} target="_blank" rel="noopener" className="underline">
                {te('imageEdit', { name: hero.name })}
              </a>
            ) : null}
          </div>
        </div>
      )}
      {editable ? (
        <div className="mt-2 flex flex-wrap gap-2">
          <button type="button" aria-haspopup="dialog" onClick={() => setPicking(true)} className="rounded border border-gray-600 px-3 py-1.5">
            {heroId === null ? t('heroChoose') : t('heroChange')}
          </button>
          {heroId !== null ? (
            <button type="button" onClick={() => onChange?.(null)} className="rounded border border-gray-600 px-3 py-1.5">
              {t('heroRemove')}
            </button>
          ) : null}
        </div>
      ) : (
        <p className="mt-1 text-sm text-gray-700">{t('heroShared')}</p>
      )}
      {error ? <p className="mt-1 text-red-800">{error}</p> : null}
      {picking ? (
        <MediaPicker
          heading={t('heroPickerHeading')}
          lang={lang}
          libraryHref={libraryHref}
          currentId={heroId}
          onClose={() => setPicking(false)}
          onPick={(image) => {
            remember(image);
            onChange?.(image.id);
          }}
        />
      ) : null}
    </div>
  );
}
