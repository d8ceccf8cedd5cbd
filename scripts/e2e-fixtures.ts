// Adds the end-to-end specs' own fixtures to the freshly seeded e2e database (run by
// scripts/e2e-server.mjs after the seed, before the server starts).
import { openDatabase } from "../db/open";
import { DEMO_PASSWORD } from "../db/seed";
import { seedAdminFixtures } from "../e2e/admin/fixtures";
import { seedCrossSellerFixtures, seedPlatformKeys } from "../e2e/matrix/fixtures";
import { seedHostileFixtures } from "../e2e/security/hostile-fixtures";
import { seedEscalationFixtures } from "../e2e/senior/fixtures";

const database = await openDatabase();
try {
  await database.db.transaction((tx) => seedEscalationFixtures(tx, new Date(), DEMO_PASSWORD));
  console.log("e2e fixtures: escalation shops ready");
  await seedAdminFixtures(database.db);
  console.log("e2e fixtures: user administration shops ready");
  await seedCrossSellerFixtures(database.db, new Date());
  await seedPlatformKeys(database.db, new Date());
  console.log("e2e fixtures: cross-seller evidence and platform keys ready");
  await seedHostileFixtures(database.db, new Date(), DEMO_PASSWORD);
  console.log("e2e fixtures: hostile shop ready");
} finally {
  await database.close();
}
