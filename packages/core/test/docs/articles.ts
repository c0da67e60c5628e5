/** Short invented articles, in every input format, for the schema and README tests. */
export const texts: Record<string, string> = {
  'riverton-herald.txt': [
    'Riverton opens new footbridge',
    'date 2026-04-14',
    'By Lena Marsh',
    'RIVERTON: Mayor Dana Okafor opened the Alder Street footbridge on Monday, the city council said.',
    '“This bridge joins two halves of our town,” Okafor told reporters.',
    'The bridge cost at least $4.2 million, according to the council, and took 18 months to build.',
    'Her deputy, Marcus Ilsley, said the council was “very proud” of the work.'
  ].join('\n\n'),
  'valley-courier.md': [
    '---',
    'title: Footbridge opens in Riverton',
    'outlet: Valley Courier',
    'date: 2026-04-15',
    '---',
    '# Footbridge opens in Riverton',
    'Mayor Dana Okafor opened the Alder Street footbridge on Tuesday.',
    '> “This bridge joins the two halves of our town,” Okafor said in a statement.',
    'The council said the bridge cost $5 million and allegedly ran over budget.',
    '- Hundreds of people crossed it in the first hour.'
  ].join('\n\n'),
  'lakeside-daily.html': `<!doctype html><html lang="en"><head><title>Riverton bridge opens | Lakeside Daily</title>
<meta property="og:site_name" content="Lakeside Daily"><link rel="canonical" href="https://lakeside.example/riverton-bridge">
<meta property="article:published_time" content="2026-04-14T09:30:00Z"></head><body><nav>Home | News | Sport</nav>
<article><h1>Riverton bridge opens</h1><p>Mayor Dana Okafor opened the Alder Street footbridge in Riverton on Monday.</p>
<p>“This bridge joins two halves of our town,” said Okafor, who campaigned for it for six years.</p>
<p>The Riverton Council said 1,200 people crossed it on the first day.</p></article><footer>Subscribe to our newsletter</footer></body></html>`
}
