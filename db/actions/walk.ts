// Finds every server action and route handler under app/, by reading the files: a file that
// starts with "use server" exports actions; a route.ts exports one handler per HTTP method.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const APP = path.join(process.cwd(), "app");
const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

type Callable = (...args: never[]) => unknown;

function sourceFiles(dir = APP): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

const relative = (file: string) => path.relative(process.cwd(), file).split(path.sep).join("/");

/** True when the module's first statement is the "use server" directive (comments aside). */
export function isServerActionModule(source: string): boolean {
  const code = source.replace(/^(\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*/, "");
  return /^["']use server["']/.test(code);
}

/** Function-level "use server" inside a component or page: the walk would not see it, so refuse it. */
export function inlineServerActionFiles(): string[] {
  return sourceFiles()
    .filter((file) => {
      const source = readFileSync(file, "utf8");
      return !isServerActionModule(source) && /["']use server["']/.test(source);
    })
    .map(relative);
}

/** "file#export" → the action, for every export of every "use server" module under app/. */
export async function serverActions(): Promise<Map<string, Callable>> {
  const out = new Map<string, Callable>();
  for (const file of sourceFiles()) {
    if (!isServerActionModule(readFileSync(file, "utf8"))) continue;
    const mod = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) {
      if (typeof value === "function") out.set(`${relative(file)}#${name}`, value as Callable);
    }
  }
  return out;
}

/** The URL pattern of app/…/route.ts: route groups dropped, dynamic segments kept. */
export function routePattern(file: string): string {
  const dir = path.dirname(path.relative(APP, file));
  const segments = dir === "." ? [] : dir.split(path.sep).filter((s) => !/^\(.*\)$/.test(s));
  return `/${segments.join("/")}`;
}

/** "METHOD /route" → the handler, for every method every app/**\/route.ts exports. */
export async function routeHandlers(): Promise<Map<string, Callable>> {
  const out = new Map<string, Callable>();
  for (const file of sourceFiles()) {
    if (!/\/route\.tsx?$/.test(file.split(path.sep).join("/"))) continue;
    const mod = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
    for (const method of HTTP_METHODS) {
      const handler = mod[method];
      if (typeof handler === "function") out.set(`${method} ${routePattern(file)}`, handler as Callable);
    }
  }
  return out;
}
