"use client";

import { useCallback, useEffect, useRef, useState } from "react";

export const LEASE_RENEW_MS = 120_000;

export type LeaseStatus = { kind: "idle" } | { kind: "held"; until: string } | { kind: "lost"; message: string };

/**
 * Holds the claim lease while the case page is open: claims (or renews) on mount, renews every
 * two minutes, releases when the page is left. `done()` stops it after a decision.
 */
export function useLease(caseId: string, enabled: boolean): { status: LeaseStatus; done: () => void } {
  const [status, setStatus] = useState<LeaseStatus>({ kind: "idle" });
  const finished = useRef(false);
  const url = useCallback((op: string) => `/api/cases/${caseId}/lease?op=${op}`, [caseId]);

  useEffect(() => {
    if (!enabled) return;
    finished.current = false;
    let cancelled = false;
    async function call(op: "claim" | "renew") {
      try {
        const res = await fetch(url(op), { method: "POST", cache: "no-store" });
        const body = (await res.json()) as { until?: string; error?: string };
        if (cancelled || finished.current) return;
        if (res.ok && body.until) setStatus({ kind: "held", until: body.until });
        else if (res.status === 409 || res.status === 403 || res.status === 404) setStatus({ kind: "lost", message: body.error ?? "" });
      } catch {
        // Offline for a moment: the next beat tries again; the lease lasts ten minutes.
      }
    }
    void call("claim");
    const timer = setInterval(() => void call("renew"), LEASE_RENEW_MS);
    const release = () => {
      if (finished.current) return;
      navigator.sendBeacon?.(url("release"));
    };
    window.addEventListener("pagehide", release);
    return () => {
      cancelled = true;
      clearInterval(timer);
      window.removeEventListener("pagehide", release);
      if (!finished.current) void fetch(url("release"), { method: "POST", keepalive: true }).catch(() => {});
    };
  }, [enabled, url]);

  const done = useCallback(() => {
    finished.current = true;
  }, []);
  return { status, done };
}
