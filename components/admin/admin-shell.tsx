import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import type { Locale } from '@/i18n/routing';
import { switchAdminLanguageAction } from '@/lib/actions/switch-admin-language';
import { signOutAction } from '@/lib/actions/sign-out';
import { signOutEverywhereAction } from '@/lib/actions/sign-out-everywhere';
import type { CurrentUser } from '@/lib/authz';
import { ActionButton } from './action-button';

/** The admin's frame: who is signed in, the admin navigation, sign-out, the page. */
export async function AdminShell({ locale, user, children }: { locale: Locale; user: CurrentUser; children: ReactNode }) {
  const [t, tr, tl] = await Promise.all([
    getTranslations({ locale, namespace: 'Admin' }),
    getTranslations({ locale, namespace: 'Roles' }),
    getTranslations({ locale, namespace: 'LocaleSwitcher' }),
  ]);
  const other = locale === 'en' ? 'ru' : 'en';
  return (
    <>
      <header className="border-b border-gray-300 bg-gray-900 text-white [&_a]:text-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <a href={`/${locale}/admin`} className="font-bold">
            {t('title')}
          </a>
          <nav aria-label={t('nav')}>
            <ul className="flex flex-wrap items-center gap-4 text-sm">
              <li>
                <a href={`/${locale}/admin`}>{t('dashboard')}</a>
              </li>
              <li>
                <a href={`/${locale}/admin/stories`}>{t('stories')}</a>
              </li>
              <li>
                <a href={`/${locale}/admin/pages`}>{t('pages')}</a>
              </li>
              <li>
                <a href={`/${locale}/admin/events`}>{t('events')}</a>
              </li>
              <li>
                <a href={`/${locale}/admin/countries`}>{t('countries')}</a>
              </li>
              <li>
                <a href={`/${locale}/admin/digests`}>{t('digests')}</a>
              </li>
              <li>
                <a href={`/${locale}/admin/translations`}>{t('translations')}</a>
              </li>
              <li>
                <a href={`/${locale}/admin/glossary`}>{t('glossary')}</a>
              </li>
              {user.role === 'admin' || user.role === 'editor' ? (
                <>
                  <li>
                    <a href={`/${locale}/admin/media`}>{t('media')}</a>
                  </li>
                  <li>
                    <a href={`/${locale}/admin/documents`}>{t('documents')}</a>
                  </li>
                </>
              ) : null}
              {user.role === 'admin' ? (
                <>
                  <li>
                    <a href={`/${locale}/admin/users`}>{t('users')}</a>
                  </li>
                  <li>
                    <a href={`/${locale}/admin/audit`}>{t('audit')}</a>
                  </li>
                  <li>
                    <a href={`/${locale}/admin/settings`}>{t('settings')}</a>
                  </li>
                </>
              ) : null}
              <li>
                <a href={`/${locale}`}>{t('viewSite')}</a>
              </li>
              <li>
                <ActionButton
                  action={switchAdminLanguageAction}
                  fields={{ locale: other }}
                  label={tl(other)}
                  lang={other}
                  className="underline underline-offset-2 disabled:opacity-70"
                />
              </li>
            </ul>
          </nav>
          <div className="flex items-center gap-3 text-sm">
            <span>{t('signedInAs', { name: user.name, role: tr(user.role) })}</span>
            <form action={signOutAction}>
              <input type="hidden" name="locale" value={locale} />
              <button type="submit" className="rounded border border-white px-2 py-1">
                {t('signOut')}
              </button>
            </form>
            <ActionButton
              action={signOutEverywhereAction}
              fields={{ locale }}
              label={t('signOutEverywhere')}
              className="rounded border border-white px-2 py-1"
            />
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
        {children}
      </main>
    </>
  );
}
