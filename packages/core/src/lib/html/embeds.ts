/** An embedded social post found in the page. */
export interface EmbedInfo {
  /** Who posted it ("Rosaline Larkins"), when the signature says. */
  author?: string
  /** The handle without "@" ("PressSec"). */
  handle?: string
}

/** X/Twitter, Instagram, Threads, Facebook, TikTok and Bluesky embed markup. */
const embedClass = /(?:^|\s)(?:twitter-tweet|twitter-video|instagram-media|text-post-media|fb-post|fb-xfbml-parse-ignore|tiktok-embed|bluesky-embed)(?:\s|$)/

/** "— Rosaline Larkins (@PressSec) May 4, 2026" under a tweet. */
const tweetSignature = /[—–-]\s*([^()\n—–]{1,80}?)\s*\(@(\w{1,30})\)/
/** "A post shared by Rosaline Larkins (@presssec)" under an Instagram embed. */
const instagramSignature = /(?:a post shared by|shared a post)\s+(?:([^()\n]{1,80}?)\s*)?\(?@([\w.]{1,30})\)?/i

/** Whether `element` is the container of an embedded social post. */
export function isEmbed(element: Element): boolean {
  const name = element.localName
  if (name !== 'blockquote' && name !== 'div') return false
  const className = element.getAttribute('class')
  if (className && embedClass.test(className)) return true
  return element.hasAttribute('data-instgrm-permalink')
}

/** Read the author and handle from an embed's visible text. */
export function embedInfo(text: string): EmbedInfo {
  const match = tweetSignature.exec(text) ?? instagramSignature.exec(text)
  if (!match) return {}
  const info: EmbedInfo = {}
  const author = match[1]?.trim()
  if (author) info.author = author
  if (match[2]) info.handle = match[2]
  return info
}

/**
 * Split a tweet's text into the post and its signature ("— Name (@handle) Date"),
 * so the signature can be a boilerplate block of its own. Returns the offset where
 * the signature starts, or -1.
 */
export function signatureStart(text: string): number {
  const match = tweetSignature.exec(text)
  if (match) return match.index
  const instagram = instagramSignature.exec(text)
  return instagram ? instagram.index : -1
}
