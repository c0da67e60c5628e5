/** "1 article", "2 articles"; `many` for irregular plurals. */
export function plural(count: number, noun: string, many = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : many}`
}

/** Whitespace runs as one space. */
export function flat(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/** At most `length` characters, cut at a word when one is near, with an ellipsis when cut. */
export function clip(text: string, length: number): string {
  const line = flat(text)
  if (line.length <= length) return line
  const cut = line.slice(0, Math.max(1, length - 1))
  const space = cut.lastIndexOf(' ')
  return `${space > length * 0.6 ? cut.slice(0, space) : cut}…`
}

/**
 * Lines of at most `width` characters, broken between words; a word longer than
 * the width (a URL, a path) gets a line of its own and is broken only if it must be.
 */
export function wrap(text: string, width: number): string[] {
  const room = Math.max(10, width)
  const lines: string[] = []
  let line = ''
  for (const word of flat(text).split(' ').filter(Boolean)) {
    if (line && line.length + 1 + word.length > room) {
      lines.push(line)
      line = ''
    }
    if (!line && word.length > room) {
      for (let i = 0; i < word.length; i += room) lines.push(word.slice(i, i + room))
      continue
    }
    line = line ? `${line} ${word}` : word
  }
  if (line) lines.push(line)
  return lines
}

/**
 * `text` wrapped to `width` columns after `first` (as wide as `first.length`, or
 * `firstWidth` when it holds colour escapes); later lines indented by `indent`
 * (default: under the text's start).
 */
export function hang(first: string, text: string, width: number, indent?: number, firstWidth = first.length): string[] {
  const under = Math.min(indent ?? firstWidth, Math.floor(width / 2))
  // A lead too wide to leave room (a long outlet name): on a line of its own.
  if (firstWidth > width * 0.6) return [clip(first, width), ...wrap(text, width - under).map((line) => ' '.repeat(under) + line)]
  const head = wrap(text, width - firstWidth)[0]
  if (head === undefined) return [first.trimEnd()]
  const rest = flat(text).slice(head.length).trim()
  return [`${first}${head}`, ...(rest ? wrap(rest, width - under).map((line) => ' '.repeat(under) + line) : [])]
}
