import type {Nodes, Parent, Root} from 'mdast'
import {toString} from 'mdast-util-to-string'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {parse as parseYaml} from 'yaml'
import type {Message, SourceMapEntry} from '../types.js'
import {classifyLines, type Line} from './classify-lines.js'
import type {ParsedBody} from './parse-article.js'

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm)

/** Front-matter keys, in order of preference, for each metadata field. */
const frontMatterKeys = {
  title: ['title', 'headline'],
  outlet: ['outlet', 'publisher', 'site', 'site_name', 'siteName', 'source', 'publication'],
  url: ['url', 'canonical', 'canonical_url', 'link', 'permalink'],
  published: ['published', 'date', 'datePublished', 'published_at', 'pubDate'],
  byline: ['byline', 'author', 'authors'],
  language: ['language', 'lang', 'locale']
} as const

/**
 * Read a Markdown article (CommonMark + GFM) with optional YAML front matter. The
 * body text is the text of its blocks (markup removed) joined by blank lines;
 * `sourceMap` leads each block back to its place in the Markdown.
 */
export function parseMarkdownBlocks(input: string): ParsedBody {
  const tree = processor.parse(input) as Root
  const messages: Message[] = []
  const metadata: ParsedBody['metadata'] = {}
  const pieces: Array<{text: string, hint: NonNullable<Line['hint']>, depth?: number, node: Nodes}> = []

  const visit = (node: Nodes, context: 'paragraph' | 'list-item' | 'blockquote') => {
    switch (node.type) {
      case 'yaml': {
        readFrontMatter(node.value, metadata, messages)
        return
      }
      case 'heading':
      case 'paragraph': {
        const text = toString(node, {includeImageAlt: false}).replace(/\s+/g, ' ').trim()
        if (text === '') return
        if (node.type === 'heading') pieces.push({text, hint: 'heading', depth: node.depth, node})
        else pieces.push({text, hint: context, node})
        return
      }
      case 'listItem': {
        for (const child of node.children) visit(child, 'list-item')
        return
      }
      case 'blockquote': {
        for (const child of node.children) visit(child, 'blockquote')
        return
      }
      case 'code':
      case 'html':
      case 'thematicBreak':
      case 'definition':
      case 'table':
        return
      default:
        if ('children' in node) for (const child of (node as Parent).children) visit(child as Nodes, context)
    }
  }
  for (const child of tree.children) visit(child, 'paragraph')

  let text = ''
  const lines: Line[] = []
  const sourceMap: SourceMapEntry[] = []
  for (const piece of pieces) {
    if (text !== '') text += '\n\n'
    const start = text.length
    text += piece.text
    lines.push({start, end: text.length, blankBefore: true, blankAfter: true, hint: piece.hint, ...(piece.depth ? {depth: piece.depth} : {})})
    const position = piece.node.position
    sourceMap.push({
      start, end: text.length, node: piece.node.type,
      path: position ? `${position.start.line}:${position.start.column}` : '',
      ...(position?.start.offset !== undefined && position.end.offset !== undefined ? {source: {start: position.start.offset, end: position.end.offset}} : {})
    })
  }
  const body = classifyLines(text, lines)
  return {...body, sourceMap, metadata: {...body.metadata, ...metadata}, messages: [...messages, ...body.messages]}
}

function readFrontMatter(value: string, metadata: ParsedBody['metadata'], messages: Message[]): void {
  let data: unknown
  try {
    data = parseYaml(value)
  } catch (error) {
    messages.push({reason: `Expected YAML front matter, found a syntax error: ${(error as Error).message.split('\n')[0]}`, ruleId: 'front-matter-invalid', source: 'corroborate', place: null})
    return
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return
  const record = data as Record<string, unknown>
  for (const [field, keys] of Object.entries(frontMatterKeys) as Array<[keyof typeof frontMatterKeys, readonly string[]]>) {
    for (const key of keys) {
      const found = asText(record[key])
      if (found) {
        metadata[field] = found
        break
      }
    }
  }
}

/** A front-matter value as text: strings, numbers, dates, `{name}` objects, lists of these. */
function asText(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null
  if (typeof value === 'number') return String(value)
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10)
  if (Array.isArray(value)) {
    const parts = value.map(asText).filter((part): part is string => part !== null)
    return parts.length > 0 ? parts.join(', ') : null
  }
  if (value && typeof value === 'object' && 'name' in value) return asText((value as {name: unknown}).name)
  return null
}
