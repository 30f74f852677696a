import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { CopyLinkButton } from './copy-link-button';

/** Where each network takes a shared address: plain links, no script of theirs on our pages. */
export function shareLinks(url: string, title: string): { network: 'facebook' | 'x' | 'telegram' | 'whatsapp' | 'email'; href: string }[] {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  return [
    { network: 'facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { network: 'x', href: `https://x.com/intent/post?url=${u}&text=${t}` },
    { network: 'telegram', href: `https://t.me/share/url?url=${u}&text=${t}` },
    { network: 'whatsapp', href: `https://wa.me/?text=${encodeURIComponent(`${title} ${url}`)}` },
    { network: 'email', href: `mailto:?subject=${t}&body=${u}` },
  ];
}

/** "Share": the page's address to Facebook, X, Telegram, WhatsApp, by e-mail, or copied. */
export async function ShareLinks({ url, title, locale }: { url: string; title: string; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Share' });
  return (
    <section aria-labelledby="share-heading" className="mt-8 print:hidden">
      <h2 id="share-heading" className="text-sm font-semibold uppercase tracking-wide text-gray-700">
        {t('heading')}
      </h2>
      <ul className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-2">
        {shareLinks(url, title).map((link) => (
          <li key={link.network}>
            <a href={link.href} rel="noopener noreferrer" {...(link.network === 'email' ? {} : { target: '_blank' })} className="underline">
              {t(link.network)}
              {link.network === 'email' ? null : <span className="sr-only"> ({t('newWindow')})</span>}
            </a>
          </li>
        ))}
        <li>
          <CopyLinkButton url={url} label={t('copy')} copied={t('copied')} />
        </li>
      </ul>
    </section>
  );
}
