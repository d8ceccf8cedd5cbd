import "server-only";
import type { ApiError } from "@/lib/validation/ingest";

// Every error of /api/v1 has one shape: { errors: [{ index, path, message }] }.

export function apiErrors(status: number, errors: ApiError[], headers: Record<string, string> = {}): Response {
  return Response.json({ errors }, { status, headers: { "Cache-Control": "no-store", ...headers } });
}

export function apiError(status: number, message: string, headers: Record<string, string> = {}, path = ""): Response {
  return apiErrors(status, [{ index: null, path, message }], headers);
}

export function unauthorized(): Response {
  return apiError(401, "Missing, unknown or revoked API key. Send `Authorization: Bearer <key>`.", {
    "WWW-Authenticate": 'Bearer realm="timbang"',
  });
}

export function tooManyRequests(retryAfterSeconds: number): Response {
  return apiError(429, `Rate limit reached for this API key. Retry after ${retryAfterSeconds} seconds.`, {
    "Retry-After": String(retryAfterSeconds),
  });
}

export function okJson(body: unknown): Response {
  return Response.json(body, { status: 200, headers: { "Cache-Control": "no-store" } });
}
