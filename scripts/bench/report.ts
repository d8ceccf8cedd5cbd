// The benchmark's one table, and the machine it ran on.
import { execSync } from "node:child_process";
import os from "node:os";

export interface Row {
  name: string;
  p50?: number;
  p95?: number;
  p99?: number;
  /** Throughput, e.g. "412 req/s". */
  rate?: string;
  target?: string;
  /** Whether the target is met; null when the row has no target. */
  ok?: boolean | null;
  layerP95?: number;
  floorP95?: number;
  note?: string;
}

export interface Machine {
  cpu: string;
  cores: number;
  memoryGb: number;
  loadBefore: number[];
  loadAfter?: number[];
  node: string;
  postgres: string;
  sharedBuffers: string;
  database: string;
}

export function machineInfo(): Pick<Machine, "cpu" | "cores" | "memoryGb" | "loadBefore" | "node"> {
  const cpus = os.cpus();
  let cpu = cpus[0]?.model ?? "unknown";
  try {
    const lscpu = execSync("lscpu", { encoding: "utf8" });
    const model = /Model name:\s*(.+)/.exec(lscpu)?.[1]?.trim();
    if (model) cpu = model;
  } catch {
    // lscpu is optional
  }
  return { cpu, cores: cpus.length, memoryGb: Math.round(os.totalmem() / 2 ** 30), loadBefore: os.loadavg(), node: process.version };
}

const ms = (v: number | undefined) => (v === undefined || Number.isNaN(v) ? "—" : v < 10 ? v.toFixed(2) : v.toFixed(1));
const ratio = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined || !b ? "—" : (a / b).toFixed(2));

export function renderTable(rows: readonly Row[], machine: Machine): string {
  const head = ["measurement", "p50 ms", "p95 ms", "p99 ms", "throughput", "target", "met", "layer p95", "floor p95", "app÷floor", "layer÷floor"];
  const body = rows.map((r) => [
    r.name,
    ms(r.p50),
    ms(r.p95),
    ms(r.p99),
    r.rate ?? "",
    r.target ?? "",
    r.ok === undefined || r.ok === null ? "" : r.ok ? "yes" : "NO",
    ms(r.layerP95),
    ms(r.floorP95),
    ratio(r.p95, r.floorP95),
    ratio(r.layerP95, r.floorP95),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 || i === 4 || i === 5 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(" │ ");
  const rule = widths.map((w) => "─".repeat(w)).join("─┼─");
  const notes = rows.filter((r) => r.note).map((r) => `  ${r.name}: ${r.note}`);
  const load = (l: number[] | undefined) => (l ? l.map((x) => x.toFixed(2)).join(" ") : "?");
  return [
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB RAM; Node ${machine.node}; ${machine.postgres} (shared_buffers ${machine.sharedBuffers}); database ${machine.database}`,
    `Load average (1/5/15 min) before ${load(machine.loadBefore)}, after ${load(machine.loadAfter)}`,
    "",
    line(head),
    rule,
    ...body.map(line),
    ...(notes.length ? ["", "Notes:", ...notes] : []),
  ].join("\n");
}
