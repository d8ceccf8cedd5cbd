// npm run bench:explain [-- --analyze] [-- --only <name part>]
// Prints the plan of every query in db/scale/query-catalog.ts against DATABASE_URL (the scale
// database), marking sequential scans on the big tables. With --analyze the plans carry times
// (statements that write run inside a rolled-back transaction).
import { openDatabase } from "../../db/open";
import { captureQueries, explain, outline, seqScannedTables } from "../../db/scale/explain";
import { catalogContext, queryCatalog } from "../../db/scale/query-catalog";

const BIG = ["listings", "flags", "cases", "decisions"];
const analyze = process.argv.includes("--analyze");
const onlyAt = process.argv.indexOf("--only");
const only = onlyAt >= 0 ? process.argv[onlyAt + 1] : undefined;

const database = await openDatabase();
let bad = 0;
try {
  const ctx = await catalogContext(database.db);
  for (const entry of queryCatalog(ctx)) {
    if (only && !entry.name.includes(only)) continue;
    const statements = await captureQueries(database, entry.run);
    console.log(`\n=== ${entry.name} (${statements.length} statements)`);
    for (const q of statements) {
      if (!/^\s*(select|with|update|insert|delete)/i.test(q.sql)) continue;
      const plan = analyze
        ? await database.db.transaction(async () => explain(database, q, true)).catch(() => explain(database, q, false))
        : await explain(database, q, false);
      const seq = seqScannedTables(plan).filter((t) => BIG.includes(t));
      if (seq.length > 0) bad += 1;
      console.log(`--- ${q.sql.slice(0, 160).replace(/\s+/g, " ")}${seq.length ? `  <<< SEQ SCAN ${seq.join(", ")}` : ""}`);
      console.log(outline(plan));
    }
  }
} finally {
  await database.close();
}
console.log(bad ? `\n${bad} statements scan a big table sequentially.` : "\nNo sequential scans on listings, flags, cases or decisions.");
