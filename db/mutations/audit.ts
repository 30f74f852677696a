import type { DbLike } from '../client';
import { auditLog } from '../schema';

export type AuditInput = {
  actorId: number | null;
  action: string;
  entityType?: string;
  entityId?: number;
  detail?: Record<string, unknown>;
  ip?: string | null;
};

/** Appends one audit entry; call inside the mutation's transaction so both land or neither. */
export function insertAuditEntry(db: DbLike, entry: AuditInput): void {
  db.insert(auditLog)
    .values({
      actorId: entry.actorId,
      action: entry.action,
      entityType: entry.entityType ?? null,
      entityId: entry.entityId ?? null,
      detail: entry.detail ?? null,
      ip: entry.ip ?? null,
    })
    .run();
}
