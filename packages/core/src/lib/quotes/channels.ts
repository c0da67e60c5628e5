import type {ChannelKind} from './types.js'

/** A pattern that names the medium of a statement; group 1, when present, is the platform. */
export interface ChannelPattern {
  kind: ChannelKind
  pattern: RegExp
}

const platforms = 'X|Twitter|Truth Social|Facebook|Instagram|Telegram|TikTok|YouTube|Threads|Bluesky|Weibo|WhatsApp|LinkedIn|Snapchat|Reddit|Substack'

/**
 * Channels, most specific first. Matched against the quote's sentence with the
 * quoted words blanked out, so a channel named inside a quote does not count.
 */
export const channelPatterns: readonly ChannelPattern[] = [
  {kind: 'social-media', pattern: new RegExp(`\\b(?:(?:in|via|through) (?:a |an |his |her |their |its )?(?:post|posts|message|video|tweet|statement|thread)s? )?(?:on|via) (${platforms})\\b`)},
  {kind: 'social-media', pattern: /\b(?:on|via) social media\b|\bin a (?:tweet|social media post|Facebook post|video message)\b|\btweeted\b/},
  {kind: 'state-media', pattern: /\bstate(?:-run| run| owned|-owned)? (?:media|television|TV|news agency|broadcaster|news outlet)\b/},
  {kind: 'news-agency', pattern: /\b(\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?) news agency\b|\bnews agency (\p{Lu}[\p{L}-]+)\b/u},
  {kind: 'reporters', pattern: /\btold (?:reporters|journalists|the press|the media|newsmen)\b|\bspeaking to (?:reporters|journalists)\b/},
  {kind: 'interview', pattern: /\bin an? (?:\w+ )?interview\b|\binterview with (\p{Lu}[\p{L}.]+)/u},
  {kind: 'press-conference', pattern: /\b(?:at|during) a (?:\w+ )?(?:news|press) (?:conference|briefing)\b|\b(?:news|press) (?:conference|briefing)\b/},
  {kind: 'statement', pattern: /\b(?:in|issued|released) (?:a |an |his |her |their |its )?(?:\w+ ){0,2}statement\b|\ba statement (?:from|by|released|issued)\b/},
  {kind: 'speech', pattern: /\bin a (?:\w+ )?(?:speech|address)\b|\bat a (?:\w+ )?rally\b/}
]
