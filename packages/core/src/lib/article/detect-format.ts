import type {Format} from '../types.js'

const byExtension: Record<string, Format> = {
  txt: 'text', text: 'text',
  md: 'markdown', markdown: 'markdown', mdx: 'markdown',
  html: 'html', htm: 'html', xhtml: 'html', shtml: 'html',
  json: 'json'
}

/**
 * Guess the format of `input`: from the file name's extension when it has a known
 * one, else from the content (`<html`, `<!doctype`, tags → html; `{` → json; front
 * matter, `# ` headings, `[links](…)` → markdown; else text).
 */
export function detectFormat(input: string, fileName?: string | null): Format {
  if (fileName) {
    const match = /\.([a-z]+)$/i.exec(fileName)
    const known = match ? byExtension[match[1]!.toLowerCase()] : undefined
    if (known) return known
  }
  const head = input.slice(0, 4096).replace(/^\uFEFF/, '').trimStart()
  if (/^(?:<!doctype html|<html|<head|<body|<\?xml[^>]*>\s*<(?:!doctype html|html))/i.test(head)) return 'html'
  if (/^[{]/.test(head) && /[}]\s*$/.test(input.slice(-64))) return 'json'
  if (/^---\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)\r?\n/.test(head)) return 'markdown'
  const tags = head.match(/<(?:p|div|article|section|span|a|h[1-6]|br|ul|li|meta|script)\b[^>]*>/gi)
  if (tags && tags.length >= 3) return 'html'
  const markdownSigns = head.match(/^(?:#{1,6} \S|> \S|```|\* \S|\d+\. \S)|\[[^\]\n]+\]\([^)\s]+\)|\*\*[^*\n]+\*\*/gm)
  if (markdownSigns && markdownSigns.length >= 2) return 'markdown'
  return 'text'
}
