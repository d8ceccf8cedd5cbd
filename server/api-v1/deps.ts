import "server-only";
import type { Db } from "@/db/open";

/** What the /api/v1 handlers need from outside: tests pass a test database and a fixed clock. */
export interface ApiDeps {
  db: () => Promise<Db>;
  now?: () => Date;
}

export const clock = (deps: ApiDeps): Date => (deps.now ? deps.now() : new Date());
