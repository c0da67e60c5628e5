/**
 * Words that carry a judgement when an outlet uses them in its own voice. A term
 * is reported per outlet so a reader sees who frames the event how; it is not a
 * verdict on the term. Matched as whole words, case-insensitive.
 */
export const loadedTerms: readonly string[] = [
  'regime', // "the Kiev regime", "the Assad regime": delegitimises a government
  'terrorist', 'terrorists', 'terrorism', 'terror attack',
  'so-called', 'self-proclaimed', 'self-styled', 'acting president', // questions legitimacy
  'puppet', 'junta', 'illegitimate', 'usurper',
  'massacre', 'genocide', 'atrocity', 'atrocities', 'slaughter', 'butchery',
  'invasion', 'occupation', 'occupiers', 'aggression', 'aggressor',
  'special military operation', 'liberation', 'liberated', // one side's terms for a war
  'provocation', 'provocations', 'propaganda', 'disinformation', 'hoax', 'fabrication', 'lies', 'smear',
  'thugs', 'extremists', 'radicals', 'militants', 'insurgents', 'freedom fighters', 'martyrs',
  'crackdown', 'witch hunt', 'cover-up', 'scandal', 'bombshell', 'slammed', 'blasted', 'lashed out'
]
