import { getMessages } from "next-intl/server";
import type { Namespace } from "@/messages/namespaces";

/** The request's catalogs reduced to the namespaces a layout's client components use. */
export async function clientMessages(namespaces: readonly Namespace[]): Promise<Record<string, unknown>> {
  const all = (await getMessages()) as Record<string, unknown>;
  return Object.fromEntries(namespaces.filter((ns) => ns in all).map((ns) => [ns, all[ns]]));
}
