import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ACCOUNT_ACTION_KINDS, ESCALATION_STATES, SELLER_STATUSES } from "@/lib/moderation/constants";
import { ESCALATION_TRANSITION_ERRORS } from "@/lib/moderation/escalation-lifecycle";
import { GUARDRAIL_KEYS } from "@/lib/moderation/guardrails";

type Tree = { [key: string]: string | Tree };
const load = (locale: string, ns: string) => JSON.parse(readFileSync(path.join(process.cwd(), "messages", locale, `${ns}.json`), "utf8")) as Tree;
const keys = (tree: Tree, prefix = ""): string[] =>
  Object.entries(tree).flatMap(([k, v]) => (typeof v === "string" ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`)));
const at = (tree: Tree, dotted: string): unknown => dotted.split(".").reduce<unknown>((node, k) => (node as Tree | undefined)?.[k], tree);

describe.each(["escalations", "platforms"])("the %s catalogs", (ns) => {
  it("have the same keys in Indonesian and English, none empty", () => {
    const id = load("id", ns);
    const en = load("en", ns);
    expect(keys(id).sort()).toEqual(keys(en).sort());
    for (const k of keys(id)) expect(String(at(id, k)).trim(), k).not.toBe("");
  });
});

describe("the escalations catalog covers the domain", () => {
  const id = load("id", "escalations");
  // Every code a guardrail can report (see lib/moderation/guardrails.ts).
  const CODES: Record<string, string[]> = {
    a: ["warned", "not_warned"],
    b: ["approver_pending", "different_person", "same_person"],
    c: ["reached", "below_step", "beyond_ladder"],
    d: ["none_pending", "appeal_pending"],
    e: ["not_mikro", "earlier_action", "outreach_note", "mildest_action", "outreach_missing"],
  };
  it.each(GUARDRAIL_KEYS.map((k) => [k]))("names guardrail %s and every detail code", (key) => {
    expect(at(id, `guardrails.names.${key}`)).toBeTypeOf("string");
    for (const code of CODES[key] ?? []) expect(at(id, `guardrails.details.${key}.${code}`), code).toBeTypeOf("string");
  });
  it("names every action, state, status and transition error", () => {
    for (const a of ACCOUNT_ACTION_KINDS) expect(at(id, `actions.${a}`)).toBeTypeOf("string");
    for (const s of ESCALATION_STATES) expect(at(id, `states.${s}`)).toBeTypeOf("string");
    for (const s of SELLER_STATUSES) expect(at(id, `sellerStatus.${s}`)).toBeTypeOf("string");
    for (const e of ESCALATION_TRANSITION_ERRORS) expect(at(id, `errors.${e}`), e).toBeTypeOf("string");
    for (const e of ["seller_blocked", "already_pending", "case_not_of_seller", "not_found", "hard_guardrail_failed", "override_reason_required"]) {
      expect(at(id, `errors.${e}`), e).toBeTypeOf("string");
    }
  });
});

describe("validation messages", () => {
  const codesIn = (file: string) =>
    [...readFileSync(path.join(process.cwd(), "lib", "validation", file), "utf8").matchAll(/(?:error|message): "([a-z_]+)"/g)].map((m) => m[1] ?? "");
  it.each([
    ["escalation.ts", "escalations"],
    ["ladder.ts", "platforms"],
  ])("every code in lib/validation/%s has a message in %s.errors", (file, ns) => {
    const codes = codesIn(file);
    expect(codes.length).toBeGreaterThan(5);
    for (const locale of ["id", "en"]) for (const code of codes) expect(at(load(locale, ns), `errors.${code}`), `${locale} ${code}`).toBeTypeOf("string");
  });
});
