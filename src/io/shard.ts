/**
 * `--shard K/N`: input number i (0-based, counted over the expanded input list) belongs to
 * shard i mod N. K is 0-based like a Kubernetes JOB_COMPLETION_INDEX, so
 * `--shard $JOB_COMPLETION_INDEX/$N` just works. The N shards are disjoint and their
 * union is the whole list, as long as every shard sees the same list in the same order
 * (directories are walked sorted, so they do).
 */
export interface Shard {
  k: number;
  n: number;
}

/** Parse "K/N"; throws an Error with a message fit for a usage error. */
export function parseShard(text: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!m) throw new Error(`--shard wants K/N (e.g. 0/4), got "${text}"`);
  const k = Number(m[1]);
  const n = Number(m[2]);
  if (n < 1) throw new Error(`--shard ${text}: N must be at least 1`);
  if (k >= n) throw new Error(`--shard ${text}: K counts from 0, so it must be below N (0..${n - 1})`);
  return { k, n };
}

export function inShard(index: number, shard: Shard | undefined): boolean {
  return shard === undefined || index % shard.n === shard.k;
}
