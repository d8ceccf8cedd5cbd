import type { Locale } from "@/lib/moderation";
import { NAMESPACES } from "@/messages/namespaces";

type Catalog = Record<string, unknown>;

export async function loadMessages(locale: Locale): Promise<Catalog> {
  const entries = await Promise.all(
    NAMESPACES.map(async (ns) => [ns, (await import(`../messages/${locale}/${ns}.json`)).default as Catalog] as const),
  );
  return Object.fromEntries(entries);
}
