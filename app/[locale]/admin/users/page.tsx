import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { AdminShell } from '@/components/admin/admin-shell';
import { CreateUserForm } from '@/components/admin/create-user-form';
import { UserRowActions } from '@/components/admin/user-row-actions';
import { listUsers } from '@/db/queries/users';
import { LOCALES, ROLES } from '@/db/schema';
import { routing } from '@/i18n/routing';
import { requirePageRole } from '@/lib/authz';
import { formatDate } from '@/lib/format';
import { TableScroll } from '@/components/ui/table-scroll';

export async function generateMetadata({ params }: PageProps<'/[locale]/admin/users'>): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Users' });
  return { title: t('title') };
}

export default async function UsersPage({ params }: PageProps<'/[locale]/admin/users'>) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  const me = await requirePageRole(locale, ['admin'], `/${locale}/admin/users`);
  const [t, tr, tl] = await Promise.all([
    getTranslations({ locale, namespace: 'Users' }),
    getTranslations({ locale, namespace: 'Roles' }),
    getTranslations({ locale, namespace: 'Languages' }),
  ]);
  const users = listUsers();
  const roleOptions = ROLES.map((r) => ({ value: r, label: tr(r) }));
  const localeOptions = LOCALES.map((l) => ({ value: l, label: tl(l) }));
  return (
    <AdminShell locale={locale} user={me}>
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-2 max-w-3xl text-gray-700">{t('intro')}</p>

      <section aria-labelledby="create-heading" className="mt-8 max-w-3xl">
        <h2 id="create-heading" className="text-xl font-semibold">
          {t('createHeading')}
        </h2>
        <CreateUserForm roleOptions={roleOptions} localeOptions={localeOptions} />
      </section>

      <section aria-labelledby="users-heading" className="mt-10">
        <h2 id="users-heading" className="text-xl font-semibold">
          {t('listHeading')} <span className="font-normal text-gray-700">({t('count', { count: users.length })})</span>
        </h2>
        <TableScroll className="mt-4">
          <table className="w-full border-collapse text-left text-sm">
            <thead>
              <tr className="border-b-2 border-gray-300">
                <th scope="col" className="py-2 pr-4">{t('colName')}</th>
                <th scope="col" className="py-2 pr-4">{t('colEmail')}</th>
                <th scope="col" className="py-2 pr-4">{t('colRole')}</th>
                <th scope="col" className="py-2 pr-4">{t('colStatus')}</th>
                <th scope="col" className="py-2 pr-4">{t('colCreated')}</th>
                <th scope="col" className="py-2">{t('colActions')}</th>
              </tr>
            </thead>
            <tbody>
              {users.map((user) => (
                <tr key={user.id} id={`user-${user.id}`} className="border-b border-gray-200 align-top">
                  <th scope="row" className="py-2 pr-4 font-semibold">
                    {user.name} {user.id === me.id ? <span className="font-normal">{t('you')}</span> : null}
                  </th>
                  <td className="py-2 pr-4 break-all">{user.email}</td>
                  <td className="py-2 pr-4">{tr(user.role)}</td>
                  <td className="py-2 pr-4">{user.active ? t('statusActive') : <span className="text-red-800">{t('statusDeactivated')}</span>}</td>
                  <td className="py-2 pr-4">{formatDate(user.createdAt, locale)}</td>
                  <td className="py-2">
                    <UserRowActions
                      user={{ id: user.id, name: user.name, role: user.role, active: user.active }}
                      isSelf={user.id === me.id}
                      roleOptions={roleOptions}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>
    </AdminShell>
  );
}
