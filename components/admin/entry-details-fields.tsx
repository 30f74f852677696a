'use client';

import { useTranslations } from 'next-intl';
import type { CountrySnapshot, DigestSnapshot, EventSnapshot } from '@/db/schema';
import { MEMBERSHIPS } from '@/db/schema';
import { toLocalDateTimeInput } from '@/lib/time';
import { SelectField } from '../ui/select-field';
import { TextField } from '../ui/text-field';

type ErrorOf = (field: string) => string | undefined;
type Option = { code: string; name: string };

/** A page's parent in its section (none: a top-level page) and its position among its siblings. */
export function PagePlaceFields({ page, error }: { page: { parentId: number | null; position: number; parentOptions: { id: number; title: string; depth: number }[] }; error: ErrorOf }) {
  const t = useTranslations('StoryEditor');
  return (
    <div className="grid gap-4 sm:grid-cols-[1fr_10rem]">
      <SelectField
        id="page-parent"
        name="parentId"
        label={t('parent')}
        defaultValue={page.parentId === null ? '' : String(page.parentId)}
        options={[{ value: '', label: t('parentNone') }, ...page.parentOptions.map((o) => ({ value: String(o.id), label: `${'— '.repeat(o.depth)}${o.title}` }))]}
        error={error('shared.parentId')}
      />
      <TextField name="position" type="number" min={0} max={999} label={t('position')} hint={t('positionHint')} defaultValue={String(page.position)} error={error('shared.position')} />
    </div>
  );
}

/** A stored time as the day and the time of day in Almaty, for date and time inputs. */
function dayAndTime(iso: string | null | undefined): [string, string] {
  if (!iso) return ['', ''];
  const [day = '', time = ''] = toLocalDateTimeInput(new Date(iso)).split('T');
  return [day, time];
}

/**
 * An event's days and times in Almaty (no start time: an all-day event), where it takes place and
 * whether it is one of the Almaty Process's meetings. The form posts the parts; the server joins them.
 */
export function EventDetailsFields({ event, countryOptions, error }: { event: EventSnapshot | undefined; countryOptions: Option[]; error: ErrorOf }) {
  const t = useTranslations('EventAdmin');
  const [startDay, startTime] = dayAndTime(event?.startsAt);
  const [endDay, endTime] = dayAndTime(event?.endsAt);
  return (
    <div className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="eventStartDate" type="date" label={t('startDate')} defaultValue={startDay} required error={error('shared.eventStartsAt')} />
        <TextField name="eventStartTime" type="time" label={t('startTime')} hint={t('timeHint')} defaultValue={event?.allDay ? '' : startTime} />
        <TextField name="eventEndDate" type="date" label={t('endDate')} defaultValue={endDay} error={error('shared.eventEndsAt')} />
        <TextField name="eventEndTime" type="time" label={t('endTime')} defaultValue={event?.allDay ? '' : endTime} />
      </div>
      <SelectField
        id="event-country"
        name="eventCountry"
        label={t('country')}
        defaultValue={event?.countryCode ?? ''}
        options={[{ value: '', label: t('online') }, ...countryOptions.map((c) => ({ value: c.code, label: c.name }))]}
        error={error('shared.eventCountry')}
      />
      <label className="flex items-center gap-2">
        <input type="checkbox" name="eventAlmatyProcess" value="1" defaultChecked={event?.almatyProcess ?? false} />
        {t('almatyProcess')}
      </label>
    </div>
  );
}

/** Which country the page is about, its part in the Almaty Process, and the office's mission there. */
export function CountryDetailsFields({ country, countryOptions, error }: { country: CountrySnapshot; countryOptions: Option[]; error: ErrorOf }) {
  const t = useTranslations('CountryAdmin');
  return (
    <div className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField id="country-code" name="countryCode" label={t('country')} defaultValue={country.countryCode} options={countryOptions.map((c) => ({ value: c.code, label: c.name }))} error={error('shared.countryCode')} />
        <SelectField
          id="country-membership"
          name="membership"
          label={t('membership')}
          defaultValue={country.membership ?? ''}
          options={[{ value: '', label: t('membershipNone') }, ...MEMBERSHIPS.map((m) => ({ value: m, label: t(`membership_${m}`) }))]}
          error={error('shared.membership')}
        />
      </div>
      <label className="flex items-center gap-2">
        <input type="checkbox" name="hasMission" value="1" defaultChecked={country.hasMission} />
        {t('hasMission')}
      </label>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="countryEmail" type="email" label={t('email')} defaultValue={country.email} error={error('shared.countryEmail')} spellCheck={false} />
        <TextField name="countryPhone" type="tel" label={t('phone')} defaultValue={country.phone} error={error('shared.countryPhone')} />
      </div>
    </div>
  );
}

/** The month a digest's issue covers. */
export function DigestDetailsFields({ digest, error }: { digest: DigestSnapshot; error: ErrorOf }) {
  const t = useTranslations('DigestAdmin');
  return <TextField name="issueMonth" type="month" label={t('month')} hint={t('monthHint')} defaultValue={digest.issueMonth} error={error('shared.issueMonth')} className="max-w-sm" />;
}
