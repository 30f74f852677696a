import type { Role, TranslationStatus } from '@/db/schema';

/**
 * The editorial workflow of one translation:
 * draft → in_review → scheduled | published → archived, unpublish back to draft.
 */
export const TRANSITIONS = ['submit', 'withdraw', 'publish', 'schedule', 'unschedule', 'unpublish', 'archive', 'unarchive'] as const;
export type Transition = (typeof TRANSITIONS)[number];

type Rule = { from: readonly TranslationStatus[]; to: TranslationStatus; roles: readonly Role[] };

const EDITORS: readonly Role[] = ['admin', 'editor'];

export const WORKFLOW: Record<Transition, Rule> = {
  // Changes to a published translation go to review too; the live copy stays until publish.
  submit: { from: ['draft', 'published'], to: 'in_review', roles: ['admin', 'editor', 'translator'] },
  // Back to draft, or back to published when a live copy exists (see applyTransition).
  withdraw: { from: ['in_review'], to: 'draft', roles: ['admin', 'editor', 'translator'] },
  // Publishing a published translation publishes its saved changes.
  publish: { from: ['draft', 'in_review', 'scheduled', 'published'], to: 'published', roles: EDITORS },
  schedule: { from: ['draft', 'in_review', 'scheduled'], to: 'scheduled', roles: EDITORS },
  unschedule: { from: ['scheduled'], to: 'draft', roles: EDITORS },
  unpublish: { from: ['published'], to: 'draft', roles: EDITORS },
  archive: { from: ['published', 'draft', 'in_review'], to: 'archived', roles: EDITORS },
  unarchive: { from: ['archived'], to: 'draft', roles: EDITORS },
};

export function canTransition(transition: Transition, from: TranslationStatus, role: Role): boolean {
  const rule = WORKFLOW[transition];
  return rule.from.includes(from) && rule.roles.includes(role);
}

/** The transitions a role may apply to a translation in this status, in the order offered. */
export function availableTransitions(from: TranslationStatus, role: Role): Transition[] {
  return TRANSITIONS.filter((t) => canTransition(t, from, role));
}

/**
 * A scheduled translation whose time has passed is public already (its publication row turns
 * live by itself); show it as published until the scheduler records the change.
 */
export function effectiveStatus(status: TranslationStatus, publishedAt: Date | null, now = new Date()): TranslationStatus {
  return status === 'scheduled' && publishedAt && publishedAt <= now ? 'published' : status;
}

/** Who may edit which translation's working copy (translators only the non-source language). */
export function canEditTranslation(role: Role, isSource: boolean): boolean {
  return role === 'admin' || role === 'editor' || (role === 'translator' && !isSource);
}
