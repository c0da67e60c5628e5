const entities: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}

/**
 * Text to put in HTML, as element content or a quoted attribute value: `&`, `<`,
 * `>`, `"` and `'` become entities, so no article text can open a tag, close an
 * attribute or start an entity.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => entities[c]!)
}
