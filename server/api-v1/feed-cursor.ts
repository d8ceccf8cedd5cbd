import type { FeedPosition } from "@/db/queries/decisions-feed";

// The cursor is opaque to clients: base64url of "v1.<xid>.<id>" (the feed's sort key).

export function encodeCursor(position: FeedPosition): string {
  return Buffer.from(`v1.${position.xid}.${position.id}`, "utf8").toString("base64url");
}

export function decodeCursor(cursor: string): FeedPosition | null {
  const text = Buffer.from(cursor, "base64url").toString("utf8");
  const match = /^v1\.(\d{1,18})\.(\d{1,18})$/.exec(text);
  if (!match) return null;
  const xid = Number(match[1]);
  const id = Number(match[2]);
  if (!Number.isSafeInteger(xid) || !Number.isSafeInteger(id)) return null;
  return { xid, id };
}
