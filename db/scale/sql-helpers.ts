// Small builders for the scale generator's set-based SQL. Everything random in the generated data
// comes from scale_stage.u(n, salt): a hash of a row number, so the same --listings gives the same
// rows on every run, and any step can recompute another step's draw without a join.

/** A SQL string literal. */
export function lit(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

/** A dollar-quoted literal for large JSON payloads (pools, templates). */
export function dollar(value: string): string {
  const tag = "$scale_json$";
  if (value.includes(tag)) throw new Error("payload contains the dollar-quote tag");
  return `${tag}${value}${tag}`;
}

/** `u(expr, salt)`: a uniform draw in [0, 1) from a row number and a salt. */
export function u(expr: string, salt: number): string {
  return `scale_stage.u((${expr})::bigint, ${salt})`;
}

/**
 * A CASE that maps a uniform draw to a value by weight. `draw` must be a column or a cheap
 * expression (it is repeated once per branch). Values are SQL expressions.
 */
export function weighted(draw: string, entries: readonly (readonly [string, number])[]): string {
  const total = entries.reduce((sum, [, w]) => sum + w, 0);
  let acc = 0;
  const branches = entries.slice(0, -1).map(([value, w]) => {
    acc += w / total;
    return `WHEN ${draw} < ${acc.toFixed(6)} THEN ${value}`;
  });
  return `CASE ${branches.join(" ")} ELSE ${entries[entries.length - 1]![0]} END`;
}

/** A CASE over an integer key: `CASE key WHEN 0 THEN a WHEN 1 THEN b … END`. */
export function switchOn(key: string, values: readonly string[], fallback = "NULL"): string {
  return `CASE ${key} ${values.map((v, i) => `WHEN ${i} THEN ${v}`).join(" ")} ELSE ${fallback} END`;
}

/** The helper functions every step uses; created in the staging schema, dropped with it. */
export const HELPERS_SQL = `
CREATE SCHEMA scale_stage;
-- A uniform draw in [0, 1): 53 bits of PostgreSQL's 64-bit integer hash, seeded by the salt.
CREATE FUNCTION scale_stage.u(n bigint, salt int) RETURNS float8
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT ((hashint8extended(n, salt) >> 11) & 9007199254740991)::float8 / 9007199254740992.0 $$;
-- A deterministic version-4-shaped uuid for row n of a kind (validators that check the version
-- and variant nibbles accept it).
CREATE FUNCTION scale_stage.sid(kind text, n bigint) RETURNS uuid
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT overlay(overlay(md5('timbang-scale/' || kind || '/' || n) placing '4' from 13) placing '8' from 17)::uuid $$;
`;
