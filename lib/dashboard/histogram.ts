// Handling-time percentiles read from the daily histograms (daily_duration_histogram). Bucket 0
// holds durations under a minute; bucket b >= 1 holds [60·1.1^(b−1), 60·1.1^b) seconds — the
// same formula as rollup_bucket() in the database. A percentile is reported as the geometric
// midpoint of the bucket holding its rank, so it is within 5% of the exact value, whatever the
// volume: the dashboard reads at most (days × platforms × ~130) rows, never the decisions.

export const BUCKET_RATIO = 1.1;

export interface BucketCount {
  bucket: number;
  n: number;
}

export function durationBucket(seconds: number): number {
  if (seconds < 60) return 0;
  return 1 + Math.floor(Math.log(seconds / 60) / Math.log(BUCKET_RATIO));
}

export function bucketLowerSeconds(bucket: number): number {
  return bucket <= 0 ? 0 : 60 * BUCKET_RATIO ** (bucket - 1);
}

export function bucketUpperSeconds(bucket: number): number {
  return 60 * BUCKET_RATIO ** Math.max(bucket, 0);
}

/** The value a bucket stands for: 30 s for bucket 0, the geometric midpoint otherwise. */
export function bucketMidpointSeconds(bucket: number): number {
  return bucket <= 0 ? 30 : 60 * BUCKET_RATIO ** (bucket - 0.5);
}

/** Merges bucket counts (from several days or platforms) into one histogram, by bucket. */
export function mergeBuckets(rows: readonly BucketCount[]): BucketCount[] {
  const byBucket = new Map<number, number>();
  for (const row of rows) byBucket.set(row.bucket, (byBucket.get(row.bucket) ?? 0) + row.n);
  return [...byBucket.entries()]
    .filter(([, n]) => n > 0)
    .sort(([a], [b]) => a - b)
    .map(([bucket, n]) => ({ bucket, n }));
}

/** Nearest-rank percentile (p in (0, 1]): the bucket holding the ⌈p·N⌉-th smallest duration. */
export function percentileSeconds(rows: readonly BucketCount[], p: number): number | null {
  const merged = mergeBuckets(rows);
  const total = merged.reduce((sum, row) => sum + row.n, 0);
  if (total === 0) return null;
  const rank = Math.max(1, Math.ceil(p * total));
  let seen = 0;
  for (const row of merged) {
    seen += row.n;
    if (seen >= rank) return bucketMidpointSeconds(row.bucket);
  }
  return bucketMidpointSeconds(merged[merged.length - 1]!.bucket);
}

export function secondsToHours(seconds: number | null): number | null {
  return seconds === null ? null : Math.round((seconds / 3600) * 10) / 10;
}
