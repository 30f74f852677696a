'use client';

import { useLocale, useTranslations } from 'next-intl';
import type { MediaUsage } from '@/db/queries/media-usage';

/** Where an image is used, each story linked to its editor: "Story: … — hero image; in the text (English)". */
export function MediaUsageList({ usages, className }: { usages: MediaUsage[]; className?: string }) {
  const t = useTranslations('Media');
  const locale = useLocale();
  return (
    <ul className={className ?? 'mt-2 list-disc pl-6'}>
      {usages.map((u) => {
        const where = [
          u.hero ? t('usageHero') : null,
          u.bodyLocales?.length ? t('usageBody', { where: u.bodyLocales.length === 1 ? u.bodyLocales[0]! : 'both' }) : null,
        ].filter(Boolean);
        return (
          <li key={`${u.kind}-${u.id}`}>
            <a href={`/${locale}/admin/stories/${u.id}`} className="underline">
              {t('usedInStory', { title: u.title })}
            </a>
            {where.length > 0 ? ` — ${where.join('; ')}` : null}
          </li>
        );
      })}
    </ul>
  );
}
