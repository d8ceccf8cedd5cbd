// Colour-blind-safe colours for every chart (Okabe & Ito, "Color Universal Design", 2008), with a
// neutral grey. Platforms keep the same colour on every chart; an unknown platform gets the next
// free colour in a fixed order.

export const OKABE_ITO = {
  black: "#000000",
  orange: "#E69F00",
  skyBlue: "#56B4E9",
  bluishGreen: "#009E73",
  yellow: "#F0E442",
  blue: "#0072B2",
  vermillion: "#D55E00",
  reddishPurple: "#CC79A7",
  grey: "#8C8C8C",
} as const;

const C = OKABE_ITO;

export const PLATFORM_COLORS: Record<string, string> = {
  tokopedia: C.bluishGreen,
  shopee: C.vermillion,
  tiktok_shop: C.reddishPurple,
  lazada: C.blue,
};
const SPARE_PLATFORM_COLORS = [C.skyBlue, C.orange, C.black, C.yellow, C.grey];

/** A platform's colour: fixed for the known four, stable by position for others. */
export function platformColor(platformId: string, allPlatformIds: readonly string[] = []): string {
  const fixed = PLATFORM_COLORS[platformId];
  if (fixed) return fixed;
  const others = allPlatformIds.filter((id) => !PLATFORM_COLORS[id]).sort();
  const index = Math.max(0, others.indexOf(platformId));
  return SPARE_PLATFORM_COLORS[index % SPARE_PLATFORM_COLORS.length]!;
}

export const OUTCOME_COLORS: Record<string, string> = {
  takedown: C.vermillion,
  warn: C.orange,
  request_info: C.yellow,
  cleared_local_preloved: C.bluishGreen,
  cleared_personal_item: C.skyBlue,
  cleared_jastip: C.blue,
  cleared_new_goods: C.reddishPurple,
  cleared_insufficient_evidence: C.grey,
};

export const ACTION_COLORS: Record<string, string> = {
  restrict_listings: C.orange,
  suspend: C.vermillion,
  block: C.black,
  overrides: C.reddishPurple,
};

export const MEASURE_COLORS = {
  flags: C.skyBlue,
  takedowns: C.vermillion,
  accountActions: C.reddishPurple,
  filed: C.skyBlue,
  won: C.bluishGreen,
  rate: C.black,
  median: C.blue,
  p90: C.skyBlue,
  sla: C.black,
  overdue: C.black,
  cleared: C.bluishGreen,
  reversed: C.orange,
  actioned: C.grey,
} as const;
