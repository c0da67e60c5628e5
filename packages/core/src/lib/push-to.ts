/** Append `value` to the list of `key` in `map` (one list per key, grown in place, not copied). */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}
