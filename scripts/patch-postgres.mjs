// postinstall: repairs postgres.js 3.4.9's handling of a connection that dies (PostgreSQL stopped,
// restarted, a session terminated), found by the soak (docs/RELIABILITY.md). Unpatched, a
// restart leaves pooled connections that never work again (a write timer is cleared but not
// reset, so nothing is ever flushed: the app hangs until it is restarted), throws an uncaught
// TypeError from a deferred write on a null socket, makes the next query fail with the dead
// session's error, and lets a transaction's later statements run on the connection after it has
// reconnected to a new session, outside any transaction: a half-applied transaction. Upstream:
// porsager/postgres issues #1154, #1208, #1216; pull requests #1168, #1209, #1215 (unreleased).
// Idempotent (each edit once); refuses to guess on another version.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const MARK = "timbang-patch";
const root = path.join(process.cwd(), "node_modules", "postgres");
if (!existsSync(root)) process.exit(0);
const { version } = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8"));
if (version !== "3.4.9") {
  console.error(
    `scripts/patch-postgres.mjs: postgres ${version} is installed, the patch is for 3.4.9. Check whether ${version} fixes ` +
      "the issues listed in the script (then delete it and its postinstall), or port the patch. Run `npm run soak` after.",
  );
  process.exit(1);
}

const CONNECTION = [
  {
    // A deferred write whose socket has closed settles its query instead of throwing.
    from: "  function nextWrite(fn) {\n    const x = socket.write(chunk, fn)\n",
    to:
      "  function nextWrite(fn) {\n" +
      `    if (!socket) { // ${MARK}: the socket closed before this write ran\n` +
      "      chunk = nextWriteTimer = null\n" +
      "      error(Errors.connection('CONNECTION_CLOSED', options))\n" +
      "      return false\n" +
      "    }\n" +
      "    const x = socket.write(chunk, fn)\n",
  },
  {
    // terminate(): a cleared timer is reset, or no later write is ever flushed.
    from: "    clearImmediate(nextWriteTimer)\n    if (socket) {\n",
    to: `    clearImmediate(nextWriteTimer)\n    chunk = nextWriteTimer = null // ${MARK}\n    if (socket) {\n`,
  },
  {
    // closed(): nothing of the dead session survives into the next one (buffered bytes, the
    // write timer, its pending error response).
    from: "    socket.removeAllListeners()\n    socket = null\n",
    to: `    socket.removeAllListeners()\n    socket = null\n    chunk = nextWriteTimer = errorResponse = null // ${MARK}\n`,
  },
  {
    // closed(): every query sent on the dead session is rejected, also after a socket error
    // (they used to wait for answers that never come), and none stays current.
    from: "    !hadError && (query || sent.length) && error(Errors.connection('CONNECTION_CLOSED', options, socket))\n",
    to: `    ;(query || sent.length) && error(Errors.connection('CONNECTION_CLOSED', options, socket)) // ${MARK}\n    query = null\n`,
  },
  {
    // Fetching array types right after connecting: if the connection dies then, the error has
    // already gone to the waiting query; the fetch's own promise was left unhandled
    // (an unhandledRejection in the server log on every restart).
    from: "        return fetchArrayTypes()\n",
    to: `        return fetchArrayTypes().catch(() => {}) // ${MARK}\n`,
  },
];

const INDEX = [
  {
    from: "    let savepoints = 0\n      , connection\n",
    to: `    let savepoints = 0\n      , closedError = null // ${MARK}\n      , connection\n`,
  },
  {
    // When the transaction's connection closes, its queued statements fail...
    from: "        new Promise((_, reject) => connection.onclose = reject)\n",
    to:
      `        new Promise((_, reject) => connection.onclose = e => { // ${MARK}\n` +
      "          closedError = e\n" +
      "          while (queries.length) queries.shift().reject(e)\n" +
      "          reject(e)\n" +
      "        })\n",
  },
  {
    // ...and so does any later one (the connection may already serve a new session).
    from: "        q.catch(e => uncaughtError || (uncaughtError = e))\n        c.queue === full\n",
    to:
      "        q.catch(e => uncaughtError || (uncaughtError = e))\n" +
      `        if (closedError) // ${MARK}: never on a connection that closed mid-transaction\n` +
      "          return q.reject(closedError)\n" +
      "        c.queue === full\n",
  },
];

/** Applies the edits not applied yet; each must find its text exactly once. */
function patch(file, edits) {
  const original = readFileSync(file, "utf8");
  let text = original;
  for (const { from, to } of edits) {
    if (text.includes(to)) continue;
    const count = text.split(from).length - 1;
    if (count !== 1) throw new Error(`${file}: expected one occurrence of ${JSON.stringify(from)}, found ${count}`);
    text = text.replace(from, to);
  }
  if (text === original) return false;
  writeFileSync(file, text);
  return true;
}

let patched = 0;
for (const dir of ["src", "cjs/src", "cf/src"]) {
  if (patch(path.join(root, dir, "connection.js"), CONNECTION)) patched += 1;
  if (patch(path.join(root, dir, "index.js"), INDEX)) patched += 1;
}
if (patched > 0) console.log(`scripts/patch-postgres.mjs: patched ${patched} postgres.js files (connection recovery after a database restart)`);
