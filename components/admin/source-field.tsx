'use client';

import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { glossarySegments, type TermPair } from '@/lib/glossary';
import type { PendingFieldChanges } from '@/lib/source-alignment';
import type { EntryFieldName, TranslatedField } from '@/lib/staleness';
import type { AlignmentData } from './source-alignment';
import { TextDiff } from './text-diff';

/** The source side of the translation workspace's editor. */
export type SourceSide = {
  locale: 'en' | 'ru';
  /** Its fields' texts, a type's own ones as `fields.<name>`. */
  fields: Partial<Record<TranslatedField | 'slug' | EntryFieldName, string>>;
  changedFields: PendingFieldChanges;
  alignment: AlignmentData;
};

/** A text with its glossary terms marked, each followed by its approved translation. */
export function GlossaryText({ text, terms, sourceLocale, targetLocale }: { text: string; terms: TermPair[]; sourceLocale: 'en' | 'ru'; targetLocale: 'en' | 'ru' }) {
  const t = useTranslations('Workspace');
  return glossarySegments(text, terms, sourceLocale).map((segment, i) =>
    segment.term ? (
      <span key={i}>
        <mark className="source-term">{segment.text}</mark>
        <span className="source-term-translation" lang={targetLocale}>
          <span className="sr-only">{t('approvedTranslation')} </span>
          {segment.term[targetLocale]}
        </span>
      </span>
    ) : (
      <span key={i}>{segment.text}</span>
    ),
  );
}

/**
 * A field of the translation beside the same field of the source: the source's text (its change
 * since the translation was last in step as a word diff, its glossary terms marked), then the
 * field itself.
 */
export function SourceField({ source, field, targetLocale, children }: { source?: SourceSide; field: TranslatedField | 'slug' | EntryFieldName; targetLocale: 'en' | 'ru'; children: ReactNode }) {
  const t = useTranslations('Workspace');
  const tl = useTranslations('Languages');
  if (!source) return children;
  const value = source.fields[field] ?? '';
  const change = field === 'slug' ? undefined : source.changedFields[field];
  return (
    <div className="aligned-field">
      <div role="note" aria-label={t('sourceOf', { language: tl(source.locale) })} className={`source-cell ${change ? 'source-cell-changed' : ''}`}>
        <p className="source-cell-label">
          {tl(source.locale)}
          {change ? ` · ${t('fieldChangedShort')}` : ''}
        </p>
        <div lang={source.locale} className="source-cell-text">
          {change ? (
            <TextDiff before={change.before} after={value} removedLabel={t('removed')} addedLabel={t('added')} />
          ) : value ? (
            <GlossaryText text={value} terms={source.alignment.terms} sourceLocale={source.locale} targetLocale={targetLocale} />
          ) : (
            <span className="text-gray-600">{t('emptyField')}</span>
          )}
        </div>
        {change ? (
          <a href={`#change-${change.key}`} className="source-cell-link">
            {t('handleIt')}
          </a>
        ) : null}
      </div>
      <div>{children}</div>
    </div>
  );
}
