import { and, eq, ne } from 'drizzle-orm';
import type { DbLike } from '../client';
import { countryDetails, digestDetails, eventDetails, pageDetails, type EntryType, type PageSection, type SharedSnapshot } from '../schema';

/**
 * What a type shares across languages beyond what every entry has: one side table per type
 * (docs/architecture.md, "Content model"). Snapshots record it under the type's own key.
 */
export type EntryDetails = Pick<SharedSnapshot, 'page' | 'event' | 'country' | 'digest'>;

export type DetailsError = 'invalidParent' | 'countryTaken' | 'monthTaken';

/** The type's shared details as stored now ({} for a story). */
export function readDetails(db: DbLike, entryId: number, type: EntryType): EntryDetails {
  switch (type) {
    case 'page': {
      const page = db.select({ section: pageDetails.section, parentId: pageDetails.parentId, position: pageDetails.position }).from(pageDetails).where(eq(pageDetails.entryId, entryId)).get();
      return page ? { page } : {};
    }
    case 'event': {
      const e = db.select().from(eventDetails).where(eq(eventDetails.entryId, entryId)).get();
      return e ? { event: { startsAt: e.startsAt.toISOString(), endsAt: e.endsAt ? e.endsAt.toISOString() : null, allDay: e.allDay, countryCode: e.countryCode, almatyProcess: e.almatyProcess } } : {};
    }
    case 'country': {
      const c = db.select().from(countryDetails).where(eq(countryDetails.entryId, entryId)).get();
      return c ? { country: { countryCode: c.countryCode, membership: c.membership, hasMission: c.hasMission, email: c.email, phone: c.phone } } : {};
    }
    case 'digest': {
      const d = db.select({ issueMonth: digestDetails.issueMonth }).from(digestDetails).where(eq(digestDetails.entryId, entryId)).get();
      return d ? { digest: d } : {};
    }
    default:
      return {};
  }
}

/** Only the details of the entry's own type, from whatever a form or a revision sent. */
export function detailsOfType(type: EntryType, details: EntryDetails): EntryDetails {
  const own = type === 'page' ? details.page : type === 'event' ? details.event : type === 'country' ? details.country : type === 'digest' ? details.digest : undefined;
  return own ? ({ [type]: own } as EntryDetails) : {};
}

/**
 * Can these details be saved for this entry? A page stays in its tree (no page under itself or
 * under one below it, nor under another section's page); a country has one page, a month one
 * digest. `entryId` -1 is an entry not created yet.
 */
export function checkDetails(db: DbLike, entryId: number, details: EntryDetails): DetailsError | null {
  if (details.page && !isValidPageParent(db, entryId, details.page.section, details.page.parentId)) return 'invalidParent';
  if (details.country) {
    const taken = db.select({ id: countryDetails.entryId }).from(countryDetails).where(and(eq(countryDetails.countryCode, details.country.countryCode), ne(countryDetails.entryId, entryId))).get();
    if (taken) return 'countryTaken';
  }
  if (details.digest) {
    const taken = db.select({ id: digestDetails.entryId }).from(digestDetails).where(and(eq(digestDetails.issueMonth, details.digest.issueMonth), ne(digestDetails.entryId, entryId))).get();
    if (taken) return 'monthTaken';
  }
  return null;
}

/** Stores the details (inserting the type's row the first time). Call after `checkDetails`. */
export function writeDetails(db: DbLike, entryId: number, details: EntryDetails): void {
  if (details.page) {
    const { section, parentId, position } = details.page;
    db.insert(pageDetails).values({ entryId, section, parentId, position }).onConflictDoUpdate({ target: pageDetails.entryId, set: { parentId, position } }).run();
  }
  if (details.event) {
    const e = details.event;
    const values = { startsAt: new Date(e.startsAt), endsAt: e.endsAt ? new Date(e.endsAt) : null, allDay: e.allDay, countryCode: e.countryCode, almatyProcess: e.almatyProcess };
    db.insert(eventDetails).values({ entryId, ...values }).onConflictDoUpdate({ target: eventDetails.entryId, set: values }).run();
  }
  if (details.country) {
    const values = { ...details.country };
    db.insert(countryDetails).values({ entryId, ...values }).onConflictDoUpdate({ target: countryDetails.entryId, set: values }).run();
  }
  if (details.digest) {
    db.insert(digestDetails).values({ entryId, ...details.digest }).onConflictDoUpdate({ target: digestDetails.entryId, set: details.digest }).run();
  }
}

/**
 * Can `parentId` hold the page `entryId` in `section`? It must be another page of the same
 * section that is not the page itself or one of its descendants (the tree stays a tree).
 */
export function isValidPageParent(db: DbLike, entryId: number, section: PageSection, parentId: number | null): boolean {
  if (parentId === null) return true;
  for (let id: number | null = parentId, depth = 0; id !== null; depth++) {
    if (id === entryId || depth > 50) return false;
    const row = db.select({ section: pageDetails.section, parentId: pageDetails.parentId }).from(pageDetails).where(eq(pageDetails.entryId, id)).get();
    if (!row || row.section !== section) return false;
    id = row.parentId;
  }
  return true;
}
