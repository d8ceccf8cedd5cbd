// A refusal by the domain core: a stable code (translated through the message catalogs) and the
// values the message needs. Returned, not thrown, by the pure transition functions.
export class DomainError extends Error {
  readonly code: string;
  readonly params: Record<string, string | number>;

  constructor(code: string, params: Record<string, string | number> = {}) {
    super(code);
    this.name = "DomainError";
    this.code = code;
    this.params = params;
  }
}

export function isDomainError(value: unknown): value is DomainError {
  return value instanceof DomainError;
}
