// Adds the end-to-end specs' own fixtures to the freshly seeded e2e database (run by
// scripts/e2e-server.mjs after the seed, before the server starts).
import { openDatabase } from "../db/open";
import { DEMO_PASSWORD } from "../db/seed";
import { seedAdminFixtures } from "../e2e/admin/fixtures";
import { seedEscalationFixtures } from "../e2e/senior/fixtures";

const database = await openDatabase();
try {
  await database.db.transaction((tx) => seedEscalationFixtures(tx, new Date(), DEMO_PASSWORD));
  console.log("e2e fixtures: escalation shops ready");
  await seedAdminFixtures(database.db);
  console.log("e2e fixtures: user administration shops ready");
} finally {
  await database.close();
}
