'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { EntryDetails } from '@/db/mutations/entry-details';
import type { EntryFields, EntryType, RichTextDoc, TranslationText } from '@/db/schema';
import type { TranslatedEntryField } from '@/lib/entry-types';
import type { ErrorKey } from '@/lib/action';
import { changeTranslationStatusAction, type MissingAltImage } from '@/lib/actions/change-translation-status';
import { saveStoryAction, type ConflictView } from '@/lib/actions/save-story';
import { missingTerms, type TermPair } from '@/lib/glossary';
import type { DocumentSummary } from '@/lib/documents/summary';
import type { MediaSummary } from '@/lib/media/summary';
import { plainText } from '@/lib/rich-text';
import type { Transition } from '@/lib/workflow';
import { TextAreaField } from '../ui/text-area-field';
import { TextField } from '../ui/text-field';
import { CountryDetailsFields, DigestDetailsFields, EventDetailsFields, PagePlaceFields } from './entry-details-fields';
import { HeroField } from './hero-field';
import { RichTextEditor } from './rich-text-editor';
import { StoryDocumentsContext, type StoryDocumentsContextValue } from './story-documents';
import { SourceField, type SourceSide } from './source-field';
import { StoryMediaContext, type StoryMediaContextValue } from './story-media';
import { TextDiff } from './text-diff';
import { Thumbnail } from './thumbnail';

export type StoryEditorProps = {
  story: {
    id: number;
    /** The entry's type: a story's shared fields, or a page's place in its section. */
    type: EntryType;
    kind: 'story' | 'press_release';
    countries: string[];
    topics: string[];
    heroMediaId: number | null;
    featured: boolean;
    /** A page's parent and position, with the pages it may move under. */
    page: { parentId: number | null; position: number; parentOptions: { id: number; title: string; depth: number }[] } | null;
    /** An event's, a country's or a digest's shared details. */
    details: EntryDetails;
    /** What the type writes per language beyond the usual fields (lib/entry-types.ts). */
    translatedFields: readonly TranslatedEntryField[];
    /** Whether the type has a dateline (stories do). */
    dateline: boolean;
  };
  translation: TranslationText & { id: number; locale: 'en' | 'ru'; publishedAtInput: string; version: number; fields: EntryFields };
  isSource: boolean;
  transitions: Transition[];
  countryOptions: { code: string; name: string }[];
  /** In the translation workspace: the source's glossary terms, checked before submitting. */
  glossary?: { terms: TermPair[]; sourceText: string; sourceLocale: 'en' | 'ru' };
  /** The images the story shows already (hero, body), so the editor can show them. */
  media: MediaSummary[];
  /** The documents the body links already, so the editor can name them. */
  documents: DocumentSummary[];
  /** Editors and admins: links to the media library and its images' pages. */
  canManageMedia: boolean;
  /** In the translation workspace: the source, shown field by field and block by block beside this text. */
  source?: SourceSide;
  /**
   * The working copy is what is live: the first save that changes it makes the page's "Unpublished
   * changes" mark true, so the page is fetched afresh once then to show it.
   */
  liveUnchanged?: boolean;
};

type SaveState = 'saved' | 'dirty' | 'saving' | 'offline' | 'unreachable' | 'error' | 'conflict';
const AUTOSAVE_DELAY_MS = 2000;
// After a save that never got an answer: try again, waiting longer each time, up to half a minute.
const RETRY_DELAYS_MS = [3000, 6000, 12000, 30000];
const CONFIRM: Partial<Record<Transition, true>> = { unpublish: true, archive: true };

/**
 * Edits one translation's working copy. Typing autosaves after a pause (never publishing); every
 * save names the version it started from, and a refused save opens the conflict panel with both
 * versions. Status buttons save first, so what is published is what is on screen.
 */
export function StoryEditor({ story, translation, isSource, transitions, countryOptions, glossary, media, documents, canManageMedia, source, liveUnchanged = false }: StoryEditorProps) {
  const t = useTranslations('StoryEditor');
  const uiLocale = useLocale();
  const tt = useTranslations('Transitions');
  const tw = useTranslations('Workspace');
  const te = useTranslations();
  const tf = useTranslations('EntryFields');
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const bodyRef = useRef<RichTextDoc>(translation.body);
  const versionRef = useRef(translation.version);
  const changesRef = useRef(0);
  const timerRef = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlightRef = useRef<Promise<boolean> | null>(null);
  const retriesRef = useRef(0);
  const liveUnchangedRef = useRef(liveUnchanged);
  useEffect(() => {
    liveUnchangedRef.current = liveUnchanged;
  }, [liveUnchanged]);
  const [saveState, setSaveState] = useState<SaveState>('saved');
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, ErrorKey>>({});
  const [formError, setFormError] = useState<ErrorKey | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [conflict, setConflict] = useState<{ theirs: ConflictView; mine: TextVersion } | null>(null);
  // Saving pauses while a conflict waits for the person's choice (a ref: timers outlive renders).
  const conflictOpenRef = useRef(false);
  const [busy, setBusy] = useState(false);
  const [missingAlt, setMissingAlt] = useState<MissingAltImage[]>([]);
  const [heroId, setHeroId] = useState<number | null>(story.heroMediaId);
  const [known, setKnown] = useState<ReadonlyMap<number, MediaSummary>>(() => new Map(media.map((m) => [m.id, m])));
  const bodyLabelId = useId();
  const mediaContext = useMemo<StoryMediaContextValue>(
    () => ({
      lookup: (id) => known.get(id),
      remember: (image) => setKnown((all) => (all.get(image.id) === image ? all : new Map(all).set(image.id, image))),
      lang: translation.locale,
      mediaHref: canManageMedia ? (id) => `/${uiLocale}/admin/media/${id}` : null,
    }),
    [known, translation.locale, canManageMedia, uiLocale],
  );
  const libraryHref = canManageMedia ? `/${uiLocale}/admin/media` : null;
  const [knownDocuments, setKnownDocuments] = useState<ReadonlyMap<number, DocumentSummary>>(() => new Map(documents.map((d) => [d.id, d])));
  const documentsContext = useMemo<StoryDocumentsContextValue>(
    () => ({
      lookup: (id) => knownDocuments.get(id),
      remember: (document) => setKnownDocuments((all) => (all.get(document.id) === document ? all : new Map(all).set(document.id, document))),
      lang: translation.locale,
      // The same people manage documents as images: editors and admins.
      documentHref: canManageMedia ? (id) => `/${uiLocale}/admin/documents/${id}` : null,
      libraryHref: canManageMedia ? `/${uiLocale}/admin/documents` : null,
    }),
    [knownDocuments, translation.locale, canManageMedia, uiLocale],
  );

  const saveRef = useRef<(autosave: boolean) => Promise<boolean>>(async () => false);
  const retryLater = useCallback(() => {
    const delay = RETRY_DELAYS_MS[Math.min(retriesRef.current, RETRY_DELAYS_MS.length - 1)]!;
    retriesRef.current++;
    if (timerRef.current) clearTimeout(timerRef.current);
    timerRef.current = setTimeout(() => void saveRef.current(true), delay);
  }, []);

  const save = useCallback(
    async (autosave: boolean): Promise<boolean> => {
      if (!formRef.current || conflictOpenRef.current) return false;
      if (inFlightRef.current) await inFlightRef.current;
      const changesAtStart = changesRef.current;
      const formData = new FormData(formRef.current);
      formData.set('baseVersion', String(versionRef.current));
      formData.set('body', JSON.stringify(bodyRef.current));
      formData.set('autosave', autosave ? '1' : '');
      if (autosave) formData.delete('note');
      setSaveState('saving');
      const run = (async () => {
        try {
          const result = await saveStoryAction(null, formData);
          if (result.ok) {
            versionRef.current = result.version;
            setFieldErrors({});
            setFormError(null);
            setMissingAlt([]);
            setSavedAt(new Date(result.savedAt));
            const slugInput = formRef.current?.elements.namedItem('slug') as HTMLInputElement | null;
            if (slugInput && slugInput.value.trim() === '') slugInput.value = result.slug;
            if (!autosave) {
              const note = formRef.current?.elements.namedItem('note') as HTMLInputElement | null;
              if (note) note.value = '';
            }
            retriesRef.current = 0;
            setSaveState(changesRef.current === changesAtStart ? 'saved' : 'dirty');
            if (liveUnchangedRef.current) {
              liveUnchangedRef.current = false;
              router.refresh();
            }
            return true;
          }
          if ('conflict' in result && result.conflict) {
            const mine = { title: String(formData.get('title') ?? '').trim(), summary: String(formData.get('summary') ?? '').trim(), body: plainText(bodyRef.current) };
            conflictOpenRef.current = true;
            setConflict({ theirs: result.conflict, mine });
            setSaveState('conflict');
          } else {
            setFieldErrors(result.fieldErrors ?? {});
            setFormError(result.error);
            setSaveState('error');
          }
          return false;
        } catch {
          // The request never reached the server, or its answer never came back (a dropped
          // connection, a restart, a server error): keep the changes and send them again.
          setSaveState(navigator.onLine === false ? 'offline' : 'unreachable');
          retryLater();
          return false;
        }
      })();
      inFlightRef.current = run;
      const ok = await run;
      inFlightRef.current = null;
      return ok;
    },
    [retryLater, router],
  );
  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  const markChanged = useCallback(() => {
    changesRef.current++;
    setSaveState((s) => (s === 'conflict' ? s : 'dirty'));
    setNotice(null);
    if (timerRef.current) clearTimeout(timerRef.current);
    timerRef.current = setTimeout(() => {
      if (navigator.onLine === false) setSaveState('offline');
      else void save(true);
    }, AUTOSAVE_DELAY_MS);
  }, [save]);

  useEffect(() => {
    const retry = () => {
      if (changesRef.current > 0) void save(true);
    };
    const offline = () => setSaveState((s) => (s === 'dirty' || s === 'saving' ? 'offline' : s));
    const warn = (event: BeforeUnloadEvent) => {
      if (saveState !== 'saved') event.preventDefault();
    };
    window.addEventListener('online', retry);
    window.addEventListener('offline', offline);
    window.addEventListener('beforeunload', warn);
    return () => {
      window.removeEventListener('online', retry);
      window.removeEventListener('offline', offline);
      window.removeEventListener('beforeunload', warn);
    };
  }, [save, saveState]);

  useEffect(() => () => {
    if (timerRef.current) clearTimeout(timerRef.current);
  }, []);

  async function runTransition(transition: Transition) {
    if (CONFIRM[transition] && !window.confirm(tt(`confirm_${transition}` as 'confirm_unpublish'))) return;
    if (transition === 'submit' && glossary && formRef.current) {
      const form = new FormData(formRef.current);
      const targetText = [form.get('title'), form.get('summary'), plainText(bodyRef.current)].join('\n');
      const missing = missingTerms(glossary.sourceText, targetText, glossary.terms, glossary.sourceLocale, translation.locale);
      if (missing.length > 0 && !window.confirm(tw('glossaryConfirm', { terms: missing.map((m) => `${m[glossary.sourceLocale]} → ${m[translation.locale]}`).join('; ') }))) return;
    }
    setBusy(true);
    setNotice(null);
    if (timerRef.current) clearTimeout(timerRef.current);
    // Save what is on screen first: publishing publishes the saved working copy.
    const saved = saveState === 'saved' && changesRef.current === 0 ? true : await save(false);
    if (!saved) {
      setBusy(false);
      return;
    }
    const formData = new FormData();
    formData.set('translationId', String(translation.id));
    formData.set('transition', transition);
    const at = (formRef.current?.elements.namedItem('publishedAt') as HTMLInputElement | null)?.value;
    if (transition === 'schedule' && at) formData.set('at', at);
    try {
      const result = await changeTranslationStatusAction(null, formData);
      if (result.ok) {
        setNotice(tt(`done_${transition}` as 'done_publish'));
        setFormError(null);
        setMissingAlt([]);
        router.refresh();
      } else {
        setFormError(result.error);
        setMissingAlt('missingAlt' in result ? (result.missingAlt ?? []) : []);
      }
    } catch {
      // The text was saved just before; only the status change went unanswered.
      setFormError('Errors.unexpected');
    }
    setBusy(false);
  }

  const keepMine = () => {
    if (!conflict) return;
    versionRef.current = conflict.theirs.version;
    conflictOpenRef.current = false;
    setConflict(null);
    void save(false);
  };

  const err = (field: string) => (fieldErrors[field] ? te(fieldErrors[field]) : undefined);
  const lang = translation.locale;
  const statusText: Record<SaveState, string> = {
    saved: savedAt ? t('savedAt', { time: savedAt }) : t('saved'),
    dirty: t('unsaved'),
    saving: t('saving'),
    offline: t('offline'),
    unreachable: t('unreachable'),
    error: t('notSaved'),
    conflict: t('conflictStatus'),
  };

  return (
    <StoryMediaContext value={mediaContext}>
    <StoryDocumentsContext value={documentsContext}>
    <div className="grid gap-6 lg:grid-cols-[1fr_18rem]">
      <form
        ref={formRef}
        onInput={markChanged}
        onSubmit={(e) => {
          e.preventDefault();
          if (timerRef.current) clearTimeout(timerRef.current);
          void save(false);
        }}
        noValidate
        className={`space-y-5${source ? ' aligned-form' : ''}`}
      >
        <input type="hidden" name="translationId" value={translation.id} />
        {formError ? (
          <div role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-red-800">
            <p>{te(formError)}</p>
            {missingAlt.length > 0 ? <MissingAltList images={missingAlt} language={translation.locale} linkTo={mediaContext.mediaHref} /> : null}
          </div>
        ) : null}
        {conflict ? <ConflictPanel conflict={conflict.theirs} mine={conflict.mine} onKeepMine={keepMine} /> : null}

        <SourceField source={source} field="title" targetLocale={lang}>
          <TextField name="title" label={t('title')} defaultValue={translation.title} required lang={lang} error={err('fields.title')} className="text-lg" />
        </SourceField>
        <SourceField source={source} field="slug" targetLocale={lang}>
          <TextField name="slug" label={t('slug')} hint={t('slugHint')} defaultValue={translation.slug} error={err('fields.slug')} spellCheck={false} />
        </SourceField>
        <SourceField source={source} field="summary" targetLocale={lang}>
          <TextAreaField name="summary" label={t('summary')} defaultValue={translation.summary} rows={3} lang={lang} error={err('fields.summary')} />
        </SourceField>
        <div>
          <p id={bodyLabelId} className="font-semibold">
            {t('body')}
          </p>
          <RichTextEditor
            id="story-body"
            labelledBy={bodyLabelId}
            initial={translation.body}
            lang={lang}
            libraryHref={libraryHref}
            alignment={source?.alignment}
            entryId={story.id}
            onChange={(doc) => {
              bodyRef.current = doc;
              markChanged();
            }}
          />
          {err('fields.body') ? <p className="mt-1 text-red-800">{err('fields.body')}</p> : null}
        </div>
        {story.translatedFields.map((f) => (
          <SourceField key={f.name} source={source} field={`fields.${f.name}`} targetLocale={lang}>
            {f.multiline ? (
              <TextAreaField name={`fields.${f.name}`} label={tf(f.name)} defaultValue={translation.fields[f.name] ?? ''} rows={3} lang={lang} error={err(`fields.fields.${f.name}`)} />
            ) : (
              <TextField name={`fields.${f.name}`} label={tf(f.name)} defaultValue={translation.fields[f.name] ?? ''} lang={lang} error={err(`fields.fields.${f.name}`)} />
            )}
          </SourceField>
        ))}
        {!story.dateline ? (
          // Only a story has a dateline; another type's date is only for scheduling.
          <TextField name="publishedAt" type="datetime-local" label={t('publishedAt')} defaultValue={translation.publishedAtInput} error={err('fields.publishedAt')} className="max-w-sm" />
        ) : source ? (
          <>
            <SourceField source={source} field="dateline" targetLocale={lang}>
              <TextField name="dateline" label={t('dateline')} defaultValue={translation.dateline} lang={lang} error={err('fields.dateline')} />
            </SourceField>
            <TextField name="publishedAt" type="datetime-local" label={t('publishedAt')} defaultValue={translation.publishedAtInput} error={err('fields.publishedAt')} className="max-w-sm" />
          </>
        ) : (
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField name="dateline" label={t('dateline')} defaultValue={translation.dateline} lang={lang} error={err('fields.dateline')} />
            <TextField name="publishedAt" type="datetime-local" label={t('publishedAt')} defaultValue={translation.publishedAtInput} error={err('fields.publishedAt')} />
          </div>
        )}

        <fieldset className="rounded border border-gray-300 p-4">
          <legend className="px-1 font-semibold">{t('sharedFields')}</legend>
          {story.type !== 'story' ? (
            !isSource ? (
              <p className="text-gray-700">{t('sharedFromSource')}</p>
            ) : story.type === 'page' && story.page ? (
              <PagePlaceFields page={story.page} error={err} />
            ) : story.type === 'event' ? (
              <EventDetailsFields event={story.details.event} countryOptions={countryOptions} error={err} />
            ) : story.type === 'country' && story.details.country ? (
              <CountryDetailsFields country={story.details.country} countryOptions={countryOptions} error={err} />
            ) : story.type === 'digest' && story.details.digest ? (
              <DigestDetailsFields digest={story.details.digest} error={err} />
            ) : null
          ) : isSource ? (
            <div className="space-y-4">
              <div>
                <label htmlFor="kind" className="block font-semibold">
                  {t('kind')}
                </label>
                <select id="kind" name="kind" defaultValue={story.kind} className="mt-1 rounded border border-gray-500 px-3 py-2">
                  <option value="story">{t('kindStory')}</option>
                  <option value="press_release">{t('kindPressRelease')}</option>
                </select>
              </div>
              <fieldset>
                <legend className="font-semibold">{t('countries')}</legend>
                <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
                  {countryOptions.map((c) => (
                    <label key={c.code} className="flex items-center gap-1">
                      <input type="checkbox" name="countries" value={c.code} defaultChecked={story.countries.includes(c.code)} />
                      {c.name}
                    </label>
                  ))}
                </div>
              </fieldset>
              <TextField name="topics" label={t('topics')} hint={t('topicsHint')} defaultValue={story.topics.join(', ')} error={err('shared.topics')} />
              <label className="flex items-center gap-2">
                <input type="checkbox" name="featured" value="1" defaultChecked={story.featured} />
                {t('featured')}
              </label>
              <HeroField
                heroId={heroId}
                editable
                libraryHref={libraryHref}
                error={err('shared.heroMediaId')}
                onChange={(id) => {
                  setHeroId(id);
                  markChanged();
                }}
              />
            </div>
          ) : (
            <div className="space-y-4">
              <p className="text-gray-700">{t('sharedFromSource')}</p>
              <HeroField heroId={heroId} editable={false} libraryHref={null} />
            </div>
          )}
        </fieldset>

        <fieldset className="rounded border border-gray-300 p-4">
          <legend className="px-1 font-semibold">{t('seo')}</legend>
          <div className="space-y-4">
            <SourceField source={source} field="seoTitle" targetLocale={lang}>
              <TextField name="seoTitle" label={t('seoTitle')} defaultValue={translation.seoTitle} lang={lang} error={err('fields.seoTitle')} />
            </SourceField>
            <SourceField source={source} field="seoDescription" targetLocale={lang}>
              <TextAreaField name="seoDescription" label={t('seoDescription')} defaultValue={translation.seoDescription} rows={2} lang={lang} error={err('fields.seoDescription')} />
            </SourceField>
          </div>
        </fieldset>

        {isSource ? (
          <label className="flex items-center gap-2">
            <input type="checkbox" name="minor" value="1" />
            {t('minor')}
          </label>
        ) : null}
        <div className="flex flex-wrap items-end gap-3">
          <TextField name="note" label={t('note')} className="min-w-64 flex-1" maxLength={500} />
          <button type="submit" disabled={busy || saveState === 'saving'} className="rounded bg-brand px-4 py-2 font-semibold text-white disabled:opacity-70">
            {t('save')}
          </button>
        </div>
      </form>

      <aside aria-label={t('publishing')} className="space-y-4">
        <p role="status" aria-live="polite" className={`rounded border p-3 text-sm ${saveState === 'offline' || saveState === 'unreachable' || saveState === 'error' || saveState === 'conflict' ? 'border-red-700 bg-red-50 text-red-800' : 'border-gray-300 bg-gray-50'}`}>
          {statusText[saveState]}
        </p>
        {notice ? (
          <p role="status" className="rounded border border-green-700 bg-green-50 p-3 text-sm text-green-900">
            {notice}
          </p>
        ) : null}
        {transitions.length > 0 ? (
          <div className="flex flex-col gap-2">
            {transitions.map((transition) => (
              <button
                key={transition}
                type="button"
                disabled={busy || saveState === 'conflict'}
                onClick={() => void runTransition(transition)}
                className={
                  transition === 'publish'
                    ? 'rounded bg-green-800 px-3 py-2 font-semibold text-white disabled:opacity-70'
                    : 'rounded border border-gray-600 px-3 py-2 disabled:opacity-70'
                }
              >
                {tt(transition)}
              </button>
            ))}
          </div>
        ) : null}
        {transitions.includes('schedule') ? <p className="text-sm text-gray-700">{t('scheduleHint')}</p> : null}
      </aside>
    </div>
    </StoryDocumentsContext>
    </StoryMediaContext>
  );
}

/** The images that stop a publish, each with its thumbnail and (for editors) a way to fix it. */
function MissingAltList({ images, language, linkTo }: { images: MissingAltImage[]; language: 'en' | 'ru'; linkTo: ((id: number) => string) | null }) {
  const t = useTranslations('StoryEditor');
  return (
    <>
      <p className="mt-2 font-semibold">{t('missingAltHeading', { language, count: images.length })}</p>
      <ul className="mt-2 space-y-2">
        {images.map((image) => {
          const content = (
            <>
              <Thumbnail image={image} className="h-auto w-16 rounded object-cover" />
              <span className="break-all">{image.name}</span>
            </>
          );
          return (
            <li key={image.mediaId}>
              {linkTo ? (
                <a href={linkTo(image.mediaId)} aria-label={t('missingAltFix', { name: image.name })} className="flex items-center gap-2 text-red-900 underline">
                  {content}
                </a>
              ) : (
                <span className="flex items-center gap-2">{content}</span>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}

type TextVersion = { title: string; summary: string; body: string };

function ConflictPanel({ conflict, mine, onKeepMine }: { conflict: ConflictView; mine: TextVersion; onKeepMine: () => void }) {
  const t = useTranslations('Conflict');
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const theirs = { title: conflict.snapshot.title, summary: conflict.snapshot.summary, body: plainText(conflict.snapshot.body) };
  const rows: { key: 'title' | 'summary' | 'body'; label: string }[] = [
    { key: 'title', label: t('title') },
    { key: 'summary', label: t('summary') },
    { key: 'body', label: t('body') },
  ];
  return (
    <section aria-labelledby="conflict-heading" className="rounded border-2 border-amber-600 bg-amber-50 p-4">
      <h2 id="conflict-heading" ref={headingRef} tabIndex={-1} className="text-xl font-bold">
        {t('heading')}
      </h2>
      <p className="mt-2">
        {t('explain', { name: conflict.updatedByName ?? t('someone'), time: new Date(conflict.updatedAt) })}
      </p>
      <p className="mt-1 text-sm text-gray-800">{t('legend')}</p>
      <dl className="mt-3 space-y-3">
        {rows
          .filter((r) => theirs[r.key] !== mine[r.key])
          .map((r) => (
            <div key={r.key}>
              <dt className="font-semibold">{r.label}</dt>
              <dd className="mt-1 rounded bg-white p-2">
                <TextDiff before={theirs[r.key]} after={mine[r.key]} removedLabel={t('onlyTheirs')} addedLabel={t('onlyMine')} />
              </dd>
            </div>
          ))}
      </dl>
      <div className="mt-4 flex flex-wrap gap-3">
        <button type="button" onClick={onKeepMine} className="rounded bg-brand px-4 py-2 font-semibold text-white">
          {t('keepMine')}
        </button>
        <button type="button" onClick={() => window.location.reload()} className="rounded border border-gray-700 px-4 py-2">
          {t('useTheirs')}
        </button>
      </div>
      <p className="mt-2 text-sm text-gray-800">{t('nothingLost')}</p>
    </section>
  );
}
