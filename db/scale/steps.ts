// A step of the scale load: a label for the progress display and its SQL. Statements are separated
// by a semicolon at the end of a line, and run one by one (PGlite takes one statement per query).
export interface Step {
  label: string;
  sql: string;
  /** Rows this step writes to real tables, for the progress display (a SQL count), if any. */
  table?: string;
}

export function splitStatements(sqlText: string): string[] {
  return sqlText
    .split(/;[ \t]*\n/)
    .map((s) => s.trim().replace(/;$/, ""))
    .filter((s) => s.length > 0 && !/^(--[^\n]*\n?)*$/.test(s));
}
