import { describe, expect, test } from 'vitest';
import { onceByOwnerAndKey } from '../../src/lib/memo';

describe('onceByOwnerAndKey', () => {
  test('computes a value once per owner and key, even an undefined one', () => {
    const once = onceByOwnerAndKey<object, number | undefined>();
    const owner = {};
    let calls = 0;
    const count = () => ((calls += 1), calls);
    expect(once(owner, 'a', count)).toBe(1);
    expect(once(owner, 'a', count)).toBe(1);
    expect(once(owner, 'b', count)).toBe(2);
    expect(once({}, 'a', count)).toBe(3);
    expect(once(owner, 'none', () => ((calls += 1), undefined))).toBeUndefined();
    expect(once(owner, 'none', () => ((calls += 1), undefined))).toBeUndefined();
    expect(calls).toBe(4);
  });
});
