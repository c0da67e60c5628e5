/**
 * The HTML report's style sheet: inline, no web fonts or images, so the page opens
 * offline. Colours meet WCAG AA contrast; every colour-coded thing also says what
 * it is in words. Narrow screens scroll wide tables inside their box; print drops
 * the navigation and keeps groups and table rows whole.
 */
export const reportStyles = `
:root { color-scheme: light; --ink: #1a1a1a; --muted: #555; --line: #c9c9c9; --paper: #fff; --wash: #f4f4f2; --link: #0a51b5; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: var(--ink); background: var(--paper); overflow-wrap: break-word; }
a { color: var(--link); }
a:focus-visible, [tabindex]:focus-visible { outline: 3px solid #f0a500; outline-offset: 2px; }
.skip { position: absolute; left: -999px; top: 0; background: var(--paper); padding: .5rem 1rem; }
.skip:focus { left: .5rem; z-index: 1; }
.vh { position: absolute !important; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; }
header.top, main, footer { max-width: 72rem; margin: 0 auto; padding: 0 1rem; }
header.top { padding-top: 1.5rem; border-bottom: 1px solid var(--line); }
h1 { font-size: 1.75rem; line-height: 1.25; margin: 0 0 .5rem; }
h2 { font-size: 1.4rem; margin: 2.5rem 0 .75rem; padding-bottom: .25rem; border-bottom: 2px solid var(--ink); }
h3 { font-size: 1.1rem; margin: 1.75rem 0 .5rem; }
h4 { font-size: 1rem; margin: 1rem 0 .25rem; }
.lede { margin: 0 0 1rem; color: var(--muted); }
nav ul { display: flex; flex-wrap: wrap; gap: .25rem 1rem; list-style: none; padding: 0; margin: 0 0 1rem; }
nav a { display: inline-block; padding: .25rem 0; }
section { scroll-margin-top: 1rem; }
.note { color: var(--muted); }
.badge { display: inline-block; padding: 0 .45em; border-radius: .3em; color: #fff; font-size: .85em; font-weight: 600; line-height: 1.6; white-space: nowrap; }
.badge .key { margin-right: .35em; padding-right: .35em; border-right: 1px solid rgba(255,255,255,.6); }
.badge.compact .key { margin: 0; padding: 0; border: 0; }
.o0 { background: #1f5fa8; } .o1 { background: #a63d00; } .o2 { background: #2e7d32; } .o3 { background: #7b1fa2; }
.o4 { background: #ad1457; } .o5 { background: #00695c; } .o6 { background: #5d4037; } .o7 { background: #37474f; }
.table-box { position: relative; overflow-x: auto; margin: .5rem 0 1rem; border: 1px solid var(--line); border-radius: .3rem; }
table { border-collapse: collapse; width: 100%; font-size: .95rem; }
th, td { border-top: 1px solid var(--line); padding: .45rem .6rem; text-align: left; vertical-align: top; }
thead th { background: var(--wash); border-top: 0; white-space: nowrap; }
th[scope="row"] { font-weight: normal; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.matrix th[scope="row"] { min-width: 16rem; }
.matrix td { white-space: nowrap; text-align: center; }
.st { font-size: .85rem; font-weight: 600; }
.st-asserted { background: #e1f0e1; } .st-attributed { background: #e1eaf7; } .st-hedged { background: #fcefd2; } .st-denied { background: #f9dede; }
.st-absent { color: var(--muted); font-weight: normal; }
.st a { color: inherit; }
.group { border: 1px solid var(--line); border-radius: .4rem; padding: .5rem .9rem; margin: .75rem 0; break-inside: avoid; }
.group-head { margin: 0; color: var(--muted); font-size: .9rem; }
ol.renderings, ul.plain { list-style: none; padding: 0; margin: .25rem 0; }
ol.renderings > li, ul.plain > li { padding: .45rem 0; border-top: 1px solid #e6e6e6; }
ol.renderings > li:first-child, ul.plain > li:first-child { border-top: 0; }
.verdict { display: inline-block; font-size: .8rem; font-weight: 600; text-transform: uppercase; letter-spacing: .03em; padding: 0 .4em; border: 1px solid currentColor; border-radius: .25em; margin-left: .25em; }
.v-fullest, .v-identical { color: #1e6b23; } .v-excerpt { color: #875400; } .v-altered { color: #b3261e; } .v-paraphrase { color: #4a4a8a; }
blockquote { margin: .3rem 0 0; padding-left: .75rem; border-left: 3px solid var(--line); }
.diff { margin: .3rem 0 0; font-size: .95rem; }
del { background: #fbe0e0; color: #8c1d18; text-decoration: line-through; }
ins { background: #dcf1dc; color: #1a5e1f; text-decoration: underline; }
.value { font-weight: 700; }
.jump { font-size: .85rem; white-space: nowrap; }
.kind { font-weight: 700; text-transform: capitalize; }
.terms, .forms { margin: 0; padding: 0; list-style: none; }
.forms li + li { margin-top: .2rem; }
.terms li { display: inline; }
.terms li + li::before { content: ", "; }
ol.timeline { list-style: none; padding: 0; margin: 0; border-left: 3px solid var(--line); }
ol.timeline > li { padding: 0 0 .5rem 1rem; }
ol.timeline h3 { margin-top: 1rem; }
.legend { display: flex; flex-wrap: wrap; gap: .5rem 1.25rem; padding: 0; list-style: none; }
.article-text { border: 1px solid var(--line); border-radius: .4rem; padding: .25rem 1rem; margin: .75rem 0 1.5rem; }
.article-text .meta { color: var(--muted); font-size: .9rem; margin-top: 0; }
.text p { margin: .6rem 0; max-width: 46rem; }
mark { color: inherit; background: none; padding: 0; }
mark.claim { background: #e8eef8; border-bottom: 2px dotted #3d5a8a; }
mark.quote { background: #fff1a8; border-bottom: 2px solid #8a6d00; }
mark:target { outline: 3px solid #f0a500; outline-offset: 1px; }
footer { margin-top: 3rem; padding-top: 1rem; padding-bottom: 2rem; border-top: 1px solid var(--line); color: var(--muted); font-size: .9rem; }
@media (max-width: 40rem) {
  body { font-size: 15px; }
  h1 { font-size: 1.45rem; }
  th, td { padding: .4rem .45rem; }
  .matrix th[scope="row"] { min-width: 12rem; }
}
@media print {
  body { font-size: 10.5pt; }
  nav, .skip, .jump, .screen-only { display: none; }
  a { color: inherit; text-decoration: none; }
  .table-box { overflow: visible; border: 0; }
  tr, .group, li { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
  .badge, .st, mark, del, ins { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`
