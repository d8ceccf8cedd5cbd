import { getDb } from "@/db/client";
import { createDecisionsHandler } from "@/server/api-v1/decisions-handler";

export const dynamic = "force-dynamic";

export const GET = createDecisionsHandler({ db: async () => (await getDb()).db });
