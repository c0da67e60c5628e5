const namedEntities: Record<string, string> = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0'}

/**
 * Undo one round of HTML character references in text the HTML parser did not decode
 * or that a site escaped twice: JSON-LD (script text is never decoded: "&#8216;Quote&#8217;"
 * in a headline), meta values escaped twice ("&amp;amp;"). Numeric references and the
 * few names sites use in them; other names are kept as written.
 */
export function unescapeEntities(text: string): string {
  if (!text.includes('&')) return text
  return text.replace(/&(?:(amp|lt|gt|quot|apos|nbsp)|#(\d{1,7})|#x([0-9a-f]{1,6}));/gi, (whole, name?: string, dec?: string, hex?: string) => {
    if (name) return namedEntities[name.toLowerCase()] ?? whole
    const code = dec ? Number(dec) : parseInt(hex ?? '', 16)
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole
  })
}
