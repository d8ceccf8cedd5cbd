import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { appealQueueCounts } from "@/db/queries/appeal-queue";
import { authorize } from "@/server/session";
import { answerDuringOutage } from "@/server/database-outage";

// Live counts for the appeal queue header, polled by React Query.
export async function GET() {
  return answerDuringOutage(counts);
}

async function counts() {
  const auth = await authorize("appeal:review");
  if (!auth.ok) return NextResponse.json({ error: auth.error }, { status: auth.status });
  const { db } = await getDb();
  return NextResponse.json(await appealQueueCounts(db, new Date()), { headers: { "Cache-Control": "private, no-store" } });
}
