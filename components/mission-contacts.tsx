import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { telHref } from '@/lib/contact';

export type MissionContactsData = { missionAddress: string; email: string; phone: string };

/** Whether a mission has anything to show beyond its name. */
export function hasMissionContacts(m: MissionContactsData): boolean {
  return Boolean(m.missionAddress || m.email || m.phone);
}

/**
 * A mission's address, e-mail (a mailto link) and phone (a tel: link), only the parts that are
 * filled in. `lang` marks words in another language than the page's (an untranslated country).
 */
export async function MissionContacts({ mission, locale, lang, children }: { mission: MissionContactsData; locale: Locale; lang?: Locale; children?: React.ReactNode }) {
  const t = await getTranslations({ locale, namespace: 'Countries' });
  const tel = mission.phone ? telHref(mission.phone) : null;
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
      {children}
      {mission.missionAddress ? (
        <>
          <dt className="font-semibold">{t('missionAddress')}</dt>
          <dd className="whitespace-pre-line" lang={lang}>
            {mission.missionAddress}
          </dd>
        </>
      ) : null}
      {mission.email ? (
        <>
          <dt className="font-semibold">{t('email')}</dt>
          <dd className="min-w-0 break-words">
            <a href={`mailto:${mission.email}`}>{mission.email}</a>
          </dd>
        </>
      ) : null}
      {mission.phone ? (
        <>
          <dt className="font-semibold">{t('phone')}</dt>
          <dd>{tel ? <a href={tel}>{mission.phone}</a> : mission.phone}</dd>
        </>
      ) : null}
    </dl>
  );
}
