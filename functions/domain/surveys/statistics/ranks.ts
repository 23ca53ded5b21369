export interface Ranking {
  /** 1-based ranks in input order; tied values share the mean of the ranks they span. */
  ranks: number[];
  /** Size of every group of two or more tied values. */
  ties: number[];
}

/** Mid-ranks of the values (ties averaged), with the tie-group sizes the variance corrections need. */
export const midRanks = (values: readonly number[]): Ranking => {
  const order = values.map((value, index) => ({ value, index })).sort((a, b) => a.value - b.value);
  const ranks = new Array<number>(values.length).fill(0);
  const ties: number[] = [];
  let start = 0;
  while (start < order.length) {
    let end = start;
    while (end + 1 < order.length && order[end + 1]?.value === order[start]?.value) end++;
    const rank = (start + end) / 2 + 1;
    for (let k = start; k <= end; k++) ranks[(order[k] as { index: number }).index] = rank;
    if (end > start) ties.push(end - start + 1);
    start = end + 1;
  }
  return { ranks, ties };
};

/** Σ(t³ − t) over the tie groups. */
export const tieSum = (ties: readonly number[]): number => ties.reduce((s, t) => s + t ** 3 - t, 0);
