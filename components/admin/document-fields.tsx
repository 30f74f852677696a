'use client';

import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { SelectField } from '../ui/select-field';
import { TextAreaField } from '../ui/text-area-field';
import { TextField } from '../ui/text-field';

type Locale = 'en' | 'ru';

export type DocumentFormOptions = {
  types: { value: string; label: string }[];
  countries: { code: string; name: string }[];
  /** The content languages, in the order their fieldsets appear. */
  languages: Locale[];
};

export type DocumentFormValues = {
  type: string;
  year: string;
  countries: string[];
  text: Record<Locale, { title: string; description: string }>;
};

/**
 * The fields a document has, shared by the new and edit pages: type, year, countries, and per
 * language a title and description (and whatever `languageExtra` adds, e.g. the file picker).
 * Uncontrolled: the forms submit without resetting, so what was typed stays after a refusal.
 */
export function DocumentFields({
  options,
  values,
  error,
  languageExtra,
}: {
  options: DocumentFormOptions;
  values: DocumentFormValues;
  /** The translated error of a field by its path (`text.en.title`), if any. */
  error: (path: string) => string | undefined;
  languageExtra?: (locale: Locale) => ReactNode;
}) {
  const t = useTranslations('Documents');
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap gap-6">
        <SelectField
          name="type"
          label={t('type')}
          defaultValue={values.type}
          options={[{ value: '', label: t('chooseType') }, ...options.types]}
          error={error('type')}
          className="min-w-64"
        />
        <TextField name="year" label={t('year')} hint={t('yearHint')} inputMode="numeric" defaultValue={values.year} error={error('year')} className="w-48" />
      </div>
      <fieldset aria-describedby={error('countries') ? 'countries-error' : 'countries-hint'}>
        <legend className="font-semibold">{t('countries')}</legend>
        <p id="countries-hint" className="text-sm text-gray-700">
          {t('countriesHint')}
        </p>
        <div className="mt-2 grid grid-cols-2 gap-x-6 gap-y-1 sm:grid-cols-3 lg:grid-cols-4">
          {options.countries.map((c) => (
            <label key={c.code} className="inline-flex items-center gap-2">
              <input type="checkbox" name="countries" value={c.code} defaultChecked={values.countries.includes(c.code)} />
              {c.name}
            </label>
          ))}
        </div>
        {error('countries') ? (
          <p id="countries-error" className="mt-1 text-red-800">
            {error('countries')}
          </p>
        ) : null}
      </fieldset>
      <div className="grid gap-6 md:grid-cols-2">
        {options.languages.map((locale) => (
          <fieldset key={locale} className="space-y-4 rounded border border-gray-300 p-4">
            <legend className="px-1 text-lg font-semibold">{t('languageHeading', { language: locale })}</legend>
            <TextField lang={locale} name={`title.${locale}`} label={t('titleField')} defaultValue={values.text[locale].title} error={error(`text.${locale}.title`)} />
            <TextAreaField
              lang={locale}
              name={`description.${locale}`}
              label={t('descriptionField')}
              hint={t('descriptionHint')}
              defaultValue={values.text[locale].description}
              error={error(`text.${locale}.description`)}
            />
            {languageExtra?.(locale)}
          </fieldset>
        ))}
      </div>
    </div>
  );
}
