import { getDb } from "@/db/client";
import { createFlagsHandler } from "@/server/api-v1/flags-handler";

export const dynamic = "force-dynamic";

export const POST = createFlagsHandler({ db: async () => (await getDb()).db });
