import "server-only";
import type { Db } from "@/db/open";
import { findActiveApiKey, touchApiKey, type AuthenticatedKey } from "@/db/queries/api-keys";
import { hashApiKey, looksLikeApiKey } from "@/lib/api-keys";

export type { AuthenticatedKey };

/**
 * The platform API key in `Authorization: Bearer tmb_…`, when it is live. Only the header counts:
 * /api/v1 never reads session cookies, so a signed-in staff browser cannot call it, and a key is
 * never a session, so it cannot call staff routes.
 */
export async function authenticateApiKey(db: Db, request: Request, now = new Date()): Promise<AuthenticatedKey | null> {
  const header = request.headers.get("authorization") ?? "";
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  const key = match?.[1];
  if (!key || !looksLikeApiKey(key)) return null;
  const found = await findActiveApiKey(db, hashApiKey(key));
  if (found) await touchApiKey(db, found.id, now);
  return found;
}
