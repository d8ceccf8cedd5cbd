import { sql, type AnyColumn, type SQL } from "drizzle-orm";
import { sellerMembers } from "../schema";

// Everything a seller route reads or writes is scoped by the seller user's memberships, in the
// SQL itself: a query given another shop's id finds nothing, and the route answers 404.

/** `column` belongs to a shop the user is a member of. */
export function ownedBy(column: AnyColumn, userId: string): SQL {
  return sql`${column} IN (SELECT ${sellerMembers.sellerId} FROM ${sellerMembers} WHERE ${sellerMembers.userId} = ${userId})`;
}

/** Who reads: a seller user (scoped to their shops) or staff (every shop). */
export type Viewer = { kind: "seller"; userId: string } | { kind: "staff"; userId: string };

/** The scope condition for a viewer: sellers see their own shops only; staff see all. */
export function viewerScope(column: AnyColumn, viewer: Viewer): SQL {
  return viewer.kind === "staff" ? sql`true` : ownedBy(column, viewer.userId);
}
