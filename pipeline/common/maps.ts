// The value a map holds at a key, made and stored the first time it is asked for: the lists and
// sets that group names by a key ("every person whose surname is X").
export function valueAt<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = make()));
  return value;
}
