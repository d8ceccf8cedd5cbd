import { buildOpenApiDocument } from "@/server/api-v1/openapi";

export const dynamic = "force-static";

export function GET(): Response {
  return Response.json(buildOpenApiDocument());
}
