import { csvTemplate } from "@/lib/validation/ingest-csv-files";
import { authorize } from "@/server/session";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const auth = await authorize("import:flags");
  if (!auth.ok) return Response.json({ error: auth.error }, { status: auth.status });
  return new Response(csvTemplate(), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="timbang-flags-template.csv"',
      "Cache-Control": "no-store",
    },
  });
}
