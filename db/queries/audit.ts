import 'server-only';
import { and, asc, count, desc, eq, gte, isNotNull, isNull, lt, type SQL } from 'drizzle-orm';
import { getDb } from '../index';
import { auditLog, users } from '../schema';

export const AUDIT_PAGE_SIZE = 50;

export type AuditFilters = {
  action?: string;
  /** A user's id, or 'none' for entries without one (anonymous or system). */
  actor?: number | 'none';
  entityType?: string;
  /** Inclusive. */
  from?: Date;
  /** Exclusive. */
  to?: Date;
};

export type AuditRow = {
  id: number;
  at: Date;
  actorId: number | null;
  actorName: string | null;
  action: string;
  entityType: string | null;
  entityId: number | null;
  detail: Record<string, unknown> | null;
  ip: string | null;
};

export type AuditPage = { items: AuditRow[]; total: number; page: number; pageCount: number };

function whereOf(filters: AuditFilters): SQL | undefined {
  const conditions: SQL[] = [];
  if (filters.action) conditions.push(eq(auditLog.action, filters.action));
  if (filters.actor === 'none') conditions.push(isNull(auditLog.actorId));
  else if (filters.actor !== undefined) conditions.push(eq(auditLog.actorId, filters.actor));
  if (filters.entityType) conditions.push(eq(auditLog.entityType, filters.entityType));
  if (filters.from) conditions.push(gte(auditLog.at, filters.from));
  if (filters.to) conditions.push(lt(auditLog.at, filters.to));
  return conditions.length > 0 ? and(...conditions) : undefined;
}

/** One page of the audit log, newest first (ties by id, so paging never repeats or skips an entry). */
export function listAuditEntries(filters: AuditFilters, page: number, pageSize = AUDIT_PAGE_SIZE): AuditPage {
  const db = getDb();
  const where = whereOf(filters);
  const total = db.select({ n: count() }).from(auditLog).where(where).get()?.n ?? 0;
  const items = db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      actorId: auditLog.actorId,
      actorName: users.name,
      action: auditLog.action,
      entityType: auditLog.entityType,
      entityId: auditLog.entityId,
      detail: auditLog.detail,
      ip: auditLog.ip,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(where)
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .all();
  return { items, total, page, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}

/** The action keys that occur in the log, for the filter. */
export function listAuditActions(): string[] {
  return getDb()
    .selectDistinct({ action: auditLog.action })
    .from(auditLog)
    .orderBy(asc(auditLog.action))
    .all()
    .map((r) => r.action);
}

/** The record types that occur in the log, for the filter. */
export function listAuditEntityTypes(): string[] {
  return getDb()
    .selectDistinct({ entityType: auditLog.entityType })
    .from(auditLog)
    .where(isNotNull(auditLog.entityType))
    .orderBy(asc(auditLog.entityType))
    .all()
    .flatMap((r) => (r.entityType ? [r.entityType] : []));
}
