/**
 * Words that report a claim as denied or disputed. Each entry is a regular
 * expression source matched case-insensitively on word boundaries; a comment says
 * why where it is not obvious.
 */
export const denialPatterns: readonly string[] = [
  'den(?:y|ies|ied|ying|ial|ials)',
  'dismiss(?:es|ed|ing)?',
  'refut(?:e|es|ed|ing)',
  'reject(?:s|ed|ing)?',
  'rebut(?:s|ted|ting)?',
  'debunk(?:s|ed|ing)?',
  'disput(?:ed|ing)', // "disputed the figures" (a known over-reach: the adjective "disputed territory")
  'disputes(?= (?:the|that|this|these|claims?|reports?|accounts?)\\b)', // the verb only: "a territorial dispute" is no denial
  '(?:complete |total |pure )?fabricat(?:ion|ions|ed)',
  'lie(?:s)?(?! (?:in|on|at|with|ahead|behind|within|between|beyond|down|low)\\b)', // the noun "lies"; not "the answer lies in", "lie ahead"
  'false(?:ly|hood|hoods)?(?! (?:alarm|start|flag)\\b)', // "false flag" is itself an accusation, left out
  'baseless',
  'unfounded',
  'groundless',
  'fake news',
  'not true',
  'untrue',
  'nonsense',
  'no evidence' // "there is no evidence that": disputes the claim
]

/** Tested case-insensitively on word boundaries. */
export const denialRegex = new RegExp(`(?<![\\p{L}\\p{N}])(?:${denialPatterns.join('|')})(?![\\p{L}\\p{N}])`, 'giu')
