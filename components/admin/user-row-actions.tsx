'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useState } from 'react';
import type { Role } from '@/db/schema';
import { changeUserRoleAction } from '@/lib/actions/change-user-role';
import { deactivateUserAction } from '@/lib/actions/deactivate-user';
import { reactivateUserAction } from '@/lib/actions/reactivate-user';
import { resetUserPasswordAction } from '@/lib/actions/reset-user-password';
import { SelectField } from '@/components/ui/select-field';
import { FormError, FormStatus } from './form-feedback';
import { OneTimeLink } from './one-time-link';
import { confirmOrCancel } from './action-button';

const OPS = ['role', 'deactivate', 'reactivate', 'reset'] as const;
type Op = (typeof OPS)[number];

const button = 'rounded border border-gray-700 bg-white px-3 py-1 disabled:opacity-70';

/** What an admin can do to one user, from that user's row. Their own role and account are left alone. */
export function UserRowActions({
  user,
  isSelf,
  roleOptions,
}: {
  user: { id: number; name: string; role: Role; active: boolean };
  isSelf: boolean;
  roleOptions: { value: string; label: string }[];
}) {
  const t = useTranslations('Users');
  const te = useTranslations();
  const [roleState, roleAction, rolePending] = useActionState(changeUserRoleAction, null);
  const [deactivateState, deactivateAction, deactivatePending] = useActionState(deactivateUserAction, null);
  const [reactivateState, reactivateAction, reactivatePending] = useActionState(reactivateUserAction, null);
  const [resetState, resetAction, resetPending] = useActionState(resetUserPasswordAction, null);
  // Each form keeps its own answer; the row shows the answer to what was done last.
  const [last, setLast] = useState<Op | null>(null);
  const pending = rolePending || deactivatePending || reactivatePending || resetPending;
  const forName = <span className="sr-only"> ({user.name})</span>;

  const answers = { role: roleState, deactivate: deactivateState, reactivate: reactivateState, reset: resetState };
  // Without JavaScript there is no onSubmit, but only the submitted form has an answer.
  const op = last ?? OPS.find((o) => answers[o] !== null) ?? null;
  const answer = op && !pending ? answers[op] : null;
  const success = { role: t('roleChanged'), deactivate: t('deactivated'), reactivate: t('reactivated'), reset: t('resetDone') };

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-end gap-2">
        {isSelf ? null : (
          <form action={roleAction} onSubmit={() => setLast('role')} className="flex items-end gap-2">
            <input type="hidden" name="userId" value={user.id} />
            <SelectField
              key={user.role}
              id={`role-${user.id}`}
              name="role"
              label={t('roleOf', { name: user.name })}
              hideLabel
              defaultValue={user.role}
              options={roleOptions}
            />
            <button type="submit" disabled={pending} className={button}>
              {t('changeRole')}
              {forName}
            </button>
          </form>
        )}
        {isSelf ? null : user.active ? (
          <form
            action={deactivateAction}
            onSubmit={(e) => {
              confirmOrCancel(e, t('confirmDeactivate', { name: user.name }));
              if (!e.defaultPrevented) setLast('deactivate');
            }}
          >
            <input type="hidden" name="userId" value={user.id} />
            <button type="submit" disabled={pending} className={button}>
              {t('deactivate')}
              {forName}
            </button>
          </form>
        ) : (
          <form action={reactivateAction} onSubmit={() => setLast('reactivate')}>
            <input type="hidden" name="userId" value={user.id} />
            <button type="submit" disabled={pending} className={button}>
              {t('reactivate')}
              {forName}
            </button>
          </form>
        )}
        {user.active ? (
          <form action={resetAction} onSubmit={() => setLast('reset')}>
            <input type="hidden" name="userId" value={user.id} />
            <button type="submit" disabled={pending} className={button}>
              {t('resetPassword')}
              {forName}
            </button>
          </form>
        ) : null}
      </div>
      {op && answer && !answer.ok ? <FormError>{te(answer.error)}</FormError> : null}
      {op && answer?.ok ? (
        <FormStatus>
          <p>{success[op]}</p>
          {op === 'reset' && resetState?.ok ? <OneTimeLink link={resetState.link} /> : null}
        </FormStatus>
      ) : null}
    </div>
  );
}
