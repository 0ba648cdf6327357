/** Character error rate: Levenshtein distance over the reference length, whitespace collapsed. */
export function characterErrorRate(hyp: string, ref: string): number {
  const a = [...hyp.replace(/\s+/g, ' ').trim()];
  const b = [...ref.replace(/\s+/g, ' ').trim()];
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return b.length ? prev[b.length]! / b.length : 0;
}
