/**
 * A query parameter read as one line of search text: control characters removed (NUL among them,
 * which PostgreSQL refuses in any text value, so a `?q=%00` would otherwise fail the page) and
 * trimmed.
 */
export function searchText(value: string): string {
  return value.replace(/[\u0000-\u001f\u007f]/g, "").trim();
}
