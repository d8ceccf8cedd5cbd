import { openDatabase } from "../db/open";

const database = await openDatabase();
try {
  await database.migrate();
  console.log(`migrations applied (${database.kind})`);
} finally {
  await database.close();
}
