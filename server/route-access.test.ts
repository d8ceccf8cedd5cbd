import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROUTE_ACCESS } from "@/lib/moderation/route-access";

/** Every page.tsx and route.ts under app/, as URL patterns (route groups dropped). */
function appRoutes(dir = path.join(process.cwd(), "app"), prefix = ""): string[] {
  const routes: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      const segment = /^\(.*\)$/.test(entry.name) ? "" : `/${entry.name}`;
      routes.push(...appRoutes(path.join(dir, entry.name), prefix + segment));
    } else if (/^(page|route)\.tsx?$/.test(entry.name)) {
      routes.push(prefix || "/");
    }
  }
  return routes;
}

describe("route access table", () => {
  const routes = appRoutes();
  it("finds the app's routes", () => {
    expect(routes).toContain("/queue");
    expect(routes).toContain("/api/health");
  });
  it.each(routes)("has an access entry for %s", (route) => {
    expect(ROUTE_ACCESS[route], `add ${route} to lib/moderation/route-access.ts`).toBeDefined();
  });
  it("lists no route that does not exist", () => {
    expect(Object.keys(ROUTE_ACCESS).filter((r) => !routes.includes(r))).toEqual([]);
  });
});
