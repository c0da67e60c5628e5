/**
 * `JSON.stringify(value, null, 2)` in pieces, for writing a big report to a stream:
 * objects and arrays down to `depth` levels are opened and closed here, each member
 * below that is stringified on its own. Joined, the pieces are exactly
 * `JSON.stringify(value, null, 2)` for plain data (members whose value JSON leaves
 * out, such as `undefined`, are left out the same way).
 *
 * @param value Plain data (no cycles).
 * @param depth How many levels to open before stringifying whole members. Default: 2.
 */
export function * jsonChunks(value: unknown, depth = 2): Generator<string> {
  yield * chunksOf(value, depth, '')
}

function * chunksOf(value: unknown, depth: number, indent: string): Generator<string> {
  const expandable = depth > 0 && value !== null && typeof value === 'object' && typeof (value as {toJSON?: unknown}).toJSON !== 'function'
  if (!expandable) {
    yield (JSON.stringify(value, null, 2) ?? 'null').replace(/\n/g, '\n' + indent)
    return
  }
  const inner = indent + '  '
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield '[]'
      return
    }
    yield '['
    for (let i = 0; i < value.length; i++) {
      yield `${i > 0 ? ',' : ''}\n${inner}`
      // An array slot JSON cannot hold (undefined, a function) is null, as in JSON.stringify.
      const item: unknown = value[i]
      yield * chunksOf(omitted(item) ? null : item, depth - 1, inner)
    }
    yield `\n${indent}]`
    return
  }
  const entries = Object.entries(value).filter(([, member]) => !omitted(member))
  if (entries.length === 0) {
    yield '{}'
    return
  }
  yield '{'
  for (const [i, [key, member]] of entries.entries()) {
    yield `${i > 0 ? ',' : ''}\n${inner}${JSON.stringify(key)}: `
    yield * chunksOf(member, depth - 1, inner)
  }
  yield `\n${indent}}`
}

/** Values JSON has no form for: left out of objects, null in arrays. */
function omitted(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol'
}
