import { describe, expect, it } from 'vitest';
import { availableTransitions, canEditTranslation, canTransition, effectiveStatus } from './workflow';

describe('the editorial workflow', () => {
  it.each([
    ['submit', 'draft', 'editor', true],
    ['submit', 'published', 'translator', true],
    ['submit', 'archived', 'editor', false],
    ['withdraw', 'in_review', 'translator', true],
    ['publish', 'in_review', 'editor', true],
    ['publish', 'draft', 'admin', true],
    ['publish', 'published', 'editor', true],
    ['publish', 'archived', 'editor', false],
    ['publish', 'in_review', 'translator', false],
    ['schedule', 'draft', 'editor', true],
    ['schedule', 'published', 'editor', false],
    ['schedule', 'in_review', 'translator', false],
    ['unschedule', 'scheduled', 'editor', true],
    ['unpublish', 'published', 'editor', true],
    ['unpublish', 'draft', 'editor', false],
    ['unpublish', 'published', 'translator', false],
    ['archive', 'published', 'editor', true],
    ['archive', 'archived', 'editor', false],
    ['archive', 'published', 'translator', false],
    ['unarchive', 'archived', 'admin', true],
  ] as const)('%s from %s by %s: %s', (transition, from, role, allowed) => {
    expect(canTransition(transition, from, role)).toBe(allowed);
  });

  it('offers a translator only submit (also of changes to a published version) and withdraw', () => {
    expect(availableTransitions('draft', 'translator')).toEqual(['submit']);
    expect(availableTransitions('in_review', 'translator')).toEqual(['withdraw']);
    expect(availableTransitions('published', 'translator')).toEqual(['submit']);
    expect(availableTransitions('archived', 'translator')).toEqual([]);
  });

  it('offers an editor what makes sense for each status', () => {
    expect(availableTransitions('draft', 'editor')).toEqual(['submit', 'publish', 'schedule', 'archive']);
    expect(availableTransitions('published', 'editor')).toEqual(['submit', 'publish', 'unpublish', 'archive']);
    expect(availableTransitions('scheduled', 'editor')).toEqual(['publish', 'schedule', 'unschedule']);
  });

  it('shows a scheduled translation as published once its time has come', () => {
    const now = new Date('2026-01-01T12:00:00Z');
    expect(effectiveStatus('scheduled', new Date('2026-01-01T11:59:00Z'), now)).toBe('published');
    expect(effectiveStatus('scheduled', new Date('2026-01-01T12:01:00Z'), now)).toBe('scheduled');
    expect(effectiveStatus('draft', new Date('2020-01-01T00:00:00Z'), now)).toBe('draft');
  });

  it('lets translators edit only translations, never the source', () => {
    expect(canEditTranslation('translator', false)).toBe(true);
    expect(canEditTranslation('translator', true)).toBe(false);
    expect(canEditTranslation('editor', true)).toBe(true);
  });
});
