/**
 * A value computed once per owner object (an archive, its list of meetings) and key, for work that several pages of a
 * build need alike; an owner's values go when the owner does.
 */
export function onceByOwnerAndKey<Owner extends object, Value>(): (owner: Owner, key: string, compute: () => Value) => Value {
  const byOwner = new WeakMap<Owner, Map<string, Value>>();
  return (owner, key, compute) => {
    let values = byOwner.get(owner);
    if (values === undefined) byOwner.set(owner, (values = new Map()));
    if (values.has(key)) return values.get(key) as Value;
    const value = compute();
    values.set(key, value);
    return value;
  };
}
