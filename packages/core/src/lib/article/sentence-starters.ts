/**
 * Capitalised function words that open a new sentence. When one follows an
 * abbreviation with a final period ("…backed by the U.S. The initial plan…", "at
 * 3 p.m. The call…"), the abbreviation ended the sentence: parse-english keeps
 * such pairs together, and `tokenize` splits them. Proper nouns are never in this
 * list, so "U.S. President Marle" stays one sentence.
 */
export const sentenceStarters: ReadonlySet<string> = new Set([
  'A', 'After', 'Also', 'An', 'And', 'As', 'At', 'Before', 'Both', 'But', 'During',
  'Earlier', 'Even', 'For', 'He', 'Her', 'His', 'However', 'I', 'If', 'In', 'It',
  'Its', 'Last', 'Later', 'Many', 'Meanwhile', 'More', 'Most', 'My', 'No', 'Now',
  'On', 'One', 'Our', 'She', 'Since', 'So', 'Some', 'That', 'The', 'Their', 'Then',
  'There', 'These', 'They', 'This', 'Those', 'Though', 'To', 'Under', 'We', 'What',
  'When', 'Where', 'While', 'Who', 'With', 'Yet', 'You'
])
