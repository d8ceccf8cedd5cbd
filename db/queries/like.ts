/** `%`, `_` and `\` in a search are literal text in a LIKE pattern, not wildcards. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export function likeContains(text: string): string {
  return `%${escapeLike(text)}%`;
}
