import type { Framework } from './framework.ts';
import { IN, OUT } from './labels.ts';

/**
 * The grounded labelling (Dung 1995's least fixed point of the characteristic function), in
 * O(arguments + attacks) with a work queue instead of recursion:
 * an argument whose attackers are all `out` is `in`; an argument with an `in` attacker is `out`;
 * whatever is left when nothing changes is `undec`. The grounded extension is the `in` set: what
 * every rational judge must accept.
 */
export function groundedLabelling(af: Framework): Uint8Array {
  const { size, attackerStart, targetStart, targets } = af;
  const labels = new Uint8Array(size);
  // Attackers not yet known to be out; an argument whose count reaches 0 is in.
  const alive = new Int32Array(size);
  const queue = new Int32Array(size);
  let tail = 0;
  for (let a = 0; a < size; a++) {
    alive[a] = attackerStart[a + 1]! - attackerStart[a]!;
    if (alive[a] === 0) {
      labels[a] = IN;
      queue[tail++] = a;
    }
  }
  for (let head = 0; head < tail; head++) {
    const a = queue[head]!;
    const end = targetStart[a + 1]!;
    if (labels[a] === IN) {
      for (let i = targetStart[a]!; i < end; i++) {
        const b = targets[i]!;
        if (labels[b] !== OUT) {
          labels[b] = OUT;
          queue[tail++] = b;
        }
      }
    } else {
      for (let i = targetStart[a]!; i < end; i++) {
        const b = targets[i]!;
        if (--alive[b]! === 0 && labels[b] === 0) {
          labels[b] = IN;
          queue[tail++] = b;
        }
      }
    }
  }
  return labels;
}
