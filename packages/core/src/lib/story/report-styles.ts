import {outletColours} from './outlet-style.js'

/**
 * The HTML report's style sheet: inline, no web fonts or images, so the page opens
 * offline. Colours meet WCAG AA contrast; every colour-coded thing also says what
 * it is in words. Narrow screens stack table rows and aligned rows into cards (no
 * sideways scrolling); print drops the navigation and keeps groups and rows whole.
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
.badge { display: inline-block; max-width: 100%; padding: 0 .45em; border-radius: .3em; color: #fff; font-size: .85em; font-weight: 600; line-height: 1.6; overflow-wrap: anywhere; }
.badge .key { white-space: nowrap; }
.badge .key { margin-right: .35em; padding-right: .35em; border-right: 1px solid rgba(255,255,255,.6); }
.badge.compact .key { margin: 0; padding: 0; border: 0; }
${outletColours.map((colour, i) => `.o${i} { background: ${colour}; }`).join(' ')}
table { border-collapse: collapse; width: 100%; font-size: .95rem; margin: .5rem 0 1rem; }
th, td { border-top: 1px solid var(--line); padding: .45rem .6rem; text-align: left; vertical-align: top; }
thead th { background: var(--wash); border-top: 0; }
th[scope="row"] { font-weight: normal; }
.st { font-size: .85rem; font-weight: 600; }
.st-asserted { background: #e1f0e1; } .st-attributed { background: #e1eaf7; } .st-hedged { background: #fcefd2; } .st-denied { background: #f9dede; }
.st-absent { color: var(--muted); font-weight: normal; background: var(--wash); }
.outlets { list-style: none; padding: 0; margin: 0 0 1rem; display: grid; gap: .35rem; }
.outlets li { display: flex; flex-wrap: wrap; gap: .2rem .6rem; align-items: baseline; }
.outlets .meta { color: var(--muted); font-size: .9rem; }
ol.cards { list-style: none; padding: 0; margin: 0; }
.card { border: 1px solid var(--line); border-radius: .4rem; padding: .25rem .9rem .5rem; margin: .75rem 0; break-inside: avoid; }
.card h3 { margin: .6rem 0 .25rem; }
.why { margin: 0 0 .4rem; color: var(--muted); font-size: .92rem; }
.sure { display: inline-block; font-weight: 700; color: var(--ink); background: var(--wash); border-radius: .25em; padding: 0 .4em; margin-right: .3em; }
.calm { padding: .6rem .9rem; border-left: 4px solid var(--line); background: var(--wash); }
.warn { padding: .6rem .9rem; border-left: 4px solid #a63d00; background: #fdf1e6; }
ul.aligned { list-style: none; padding: 0; margin: .25rem 0; }
ul.aligned > li { display: grid; grid-template-columns: minmax(7rem, 15rem) minmax(4rem, 9rem) minmax(0, 1fr); gap: .2rem .75rem; align-items: start; padding: .45rem 0; border-top: 1px solid #e6e6e6; }
ul.aligned > li:first-child { border-top: 0; }
ul.aligned.bare > li { grid-template-columns: minmax(7rem, 15rem) minmax(0, 1fr); }
ul.aligned .badge { justify-self: start; }
.said { min-width: 0; }
.said q { quotes: "“" "”"; }
.value { font-weight: 700; overflow-wrap: anywhere; }
.value.st { font-weight: 600; padding: 0 .4em; border-radius: .25em; justify-self: start; }
mark.changed { background: #ffd9a8; color: #000; font-weight: 700; border-bottom: 2px solid #a63d00; padding: 0 .1em; }
ul.facts > li { border-top: 1px solid #e6e6e6; }
details > summary { cursor: pointer; padding: .5rem .25rem; }
details[open] > summary { background: var(--wash); }
details ul.aligned { margin-left: 1rem; }
.strip { display: inline-flex; gap: 2px; margin-right: .4rem; vertical-align: middle; }
.cov { display: inline-block; min-width: 1.4em; text-align: center; font-size: .78rem; font-weight: 700; border-radius: .2em; border: 1px solid var(--line); }
.by { white-space: normal; }
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
.article-text .meta { color: var(--muted); font-size: .9rem; margin-top: 0; overflow-wrap: anywhere; }
.text p { margin: .6rem 0; max-width: 46rem; }
mark { color: inherit; background: none; padding: 0; }
mark.claim { background: #e8eef8; border-bottom: 2px dotted #3d5a8a; }
mark.quote { background: #fff1a8; border-bottom: 2px solid #8a6d00; }
mark:target { outline: 3px solid #f0a500; outline-offset: 1px; }
footer { margin-top: 3rem; padding-top: 1rem; padding-bottom: 2rem; border-top: 1px solid var(--line); color: var(--muted); font-size: .9rem; }
@media (max-width: 40rem) {
  body { font-size: 15px; }
  h1 { font-size: 1.45rem; }
  header.top, main, footer { padding: 0 .75rem; }
  /* The first screen is for what differs: outlets by badge only (titles and dates are with the texts), sections in small type. */
  .outlets { display: flex; flex-wrap: wrap; gap: .35rem; }
  .outlets .meta { display: none; }
  nav ul { gap: 0 .75rem; font-size: .9rem; }
  th, td { padding: .4rem .45rem; }
  ul.aligned > li, ul.aligned.bare > li { grid-template-columns: auto minmax(0, 1fr); }
  ul.aligned .said { grid-column: 1 / -1; }
  details ul.aligned { margin-left: 0; }
  .card { padding: .25rem .6rem .5rem; }
  /* Tables become stacked cards: one block per row, each cell labelled by its column. */
  table.stack, .stack tbody, .stack tr, .stack th, .stack td { display: block; width: 100%; }
  .stack thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
  .stack tr { border: 1px solid var(--line); border-radius: .4rem; margin: .5rem 0; }
  .stack th[scope="row"] { background: var(--wash); border-top: 0; }
  .stack td[data-label]::before { content: attr(data-label); display: block; font-size: .8rem; font-weight: 600; color: var(--muted); }
}
@media print {
  body { font-size: 10.5pt; }
  nav, .skip, .jump, .screen-only { display: none; }
  a { color: inherit; text-decoration: none; }
  details > *:not(summary) { display: block; }
  tr, .group, li { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
  .badge, .st, mark, del, ins { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`
