import type {Stance} from '../claims/types.js'
import {escapeHtml as e} from '../story/escape-html.js'
import type {StoryText} from '../story/story-text.js'
import {innerDiff} from '../story/story-to-markdown.js'
import type {ClaimGroup, Story, StoryMember} from '../story/types.js'
import {changedStretches, shortValue} from './changed-value.js'
import {nothingDiffers} from './nothing-differs.js'
import {badge, dateHtml, diffHtml, markedSentence, stackTable} from './html-parts.js'
import type {MarkRegistry} from './html-marks.js'
import {percent, rankConflicts} from './rank-conflicts.js'
import {rankExclusives} from './rank-exclusives.js'
import {rankQuoteGroups} from './rank-quotes.js'
import {nameFiles, type ReportOutlets} from './report-outlets.js'
import {factBasis, sharedFacts} from './shared-facts.js'
import {groupCarriers, ownSpeaker} from './speaker-overrides.js'
import {storySources} from './story-sources.js'
import {storyWarnings} from './story-warnings.js'
import {clip, plural} from './text-layout.js'
import {timelineDays} from './timeline-days.js'

const stances: ReadonlyArray<Stance> = ['asserted', 'attributed', 'hedged', 'denied']

/**
 * The HTML report's sections, each one outlet per row ("aligned"): a row is the
 * outlet's badge, what it gives and its own sentence, so five outlets read top to
 * bottom at any width, and a phone stacks the row's parts instead of scrolling.
 */
export class HtmlSections {
  constructor(private readonly story: Story, private readonly outlets: ReportOutlets, private readonly textOf: ReadonlyMap<string, StoryText>, private readonly marks: MarkRegistry) {}

  private badge(file: string, compact = false): string {
    return badge(this.outlets, file, compact)
  }

  private jump(member: StoryMember, kind: 'quote' | 'claim', title: string): string {
    const id = this.marks.target(member, kind, title)
    return id ? `<a class="jump" href="#${id}">in the article<span class="vh"> by ${e(this.outlets.get(member.file)?.label ?? '')}</span></a>` : ''
  }

  articles(): string {
    return `<ul class="outlets">${this.story.articles.map((article, i) => {
      const link = this.textOf.has(article.file) ? ` <a class="screen-only" href="#text-${i}">Read it<span class="vh">: ${e(this.outlets.get(article.file)!.label)}</span></a>` : ''
      return `<li>${this.badge(article.file)}<span class="meta">${article.title ? `${e(clip(article.title, 120))} · ` : ''}${dateHtml(article.published)} · ${plural(article.quotes, 'quote')}, ${plural(article.claims, 'claim')}${link}</span></li>`
    }).join('')}</ul>`
  }

  differs(): string {
    const conflicts = rankConflicts(this.story.conflicts)
    const warnings = storyWarnings(this.story, this.outlets).map((warning) => `<p class="warn">${e(warning)}</p>`).join('')
    if (conflicts.length === 0) return `${warnings}<p class="calm">${e(nothingDiffers(this.story))}</p>`
    return `${warnings}<p class="note">Surest first. The words that differ are <mark class="changed">marked</mark>.</p><ol class="cards">${conflicts.map((conflict, n) => `<li class="card" id="conflict-${e(conflict.id)}">` +
      `<h3><span class="kind">${e(conflict.kind)}</span>: ${e(nameFiles(conflict.summary, this.outlets))}</h3>` +
      `<p class="why"><span class="sure">${percent(conflict.confidence)} sure</span> ${e(conflict.reason)}.</p>${valuesList(conflict.members)}${
        conflict.members.map((m) => `<li>${this.badge(m.file)}${valueCell(conflict.members, m)}<span class="said">${markedSentence(m.text, changedStretches(conflict, m))} ${this.jump(m, 'claim', `Conflict ${n + 1} (${conflict.kind}): ${m.value}`)}</span></li>`).join('')
      }</ul></li>`).join('')}</ol>`
  }

  quotes(): string {
    if (this.story.quoteGroups.length === 0) return '<p class="note">No quote appears in more than one place.</p>'
    return `<ol class="cards">${rankQuoteGroups(this.story.quoteGroups).map((group) => {
      const rows = group.members.map((member, i) => {
        const verdict = i === group.fullest ? 'fullest' : member.verdict
        const parts = i === group.fullest || member.verdict === 'identical' || member.verdict === 'excerpt' ? [] : innerDiff(member.diff)
        const changes = i !== group.fullest && member.verdict === 'altered' && member.changes.length > 0
          ? `<p class="diff">Changed: ${member.changes.map((c) => `<del><span class="vh">the fullest has: </span>${e(c.from)}</del> → <ins><span class="vh">this outlet has: </span>${e(c.to)}</ins>`).join('; ')}</p>` : ''
        const diff = !changes && parts.some((part) => part.op !== 'equal') ? `<p class="diff"><span class="note">Against the fullest:</span> ${diffHtml(parts)}</p>` : ''
        const own = ownSpeaker(group, i)
        const attributed = own ? `<p class="note">This outlet attributes it to ${e(own)}.</p>` : ''
        return `<li>${this.badge(member.file)}<span class="value"><span class="verdict v-${verdict}">${verdict}</span></span><span class="said"><q>${e(member.text)}</q> ${this.jump(member, 'quote', `Quote${group.speaker ? ` by ${group.speaker}` : ''}`)}${attributed}${changes}${diff}</span></li>`
      })
      return `<li class="card" id="quote-${e(group.id)}"><h3>${group.speaker ? e(group.speaker) : 'No named speaker'} <span class="note">(${e(groupCarriers(group))})</span></h3><ul class="aligned">${rows.join('')}</ul></li>`
    }).join('')}</ol>`
  }

  facts(): string {
    const facts = sharedFacts(this.story)
    if (facts.length === 0) return '<p class="note">No fact is carried by more than one outlet.</p>'
    return `<p class="note">Open a fact to read every outlet’s own sentence. Stances: asserted in the outlet’s voice, attributed to a source, hedged, denied; silent when the outlet does not carry it.</p>` +
      `<ul class="plain facts">${facts.map((fact) => {
        const cells = fact.cells.map((cell) => {
          const member = cell.members[0]
          const said = member ? `${e(member.text)} ${this.jump(member, 'claim', `Fact ${fact.group.id}: ${cell.stance}`)}` : `<span class="note">silent${cell.maybe ? ': may say it in other words' : ''}</span>`
          return `<li>${this.badge(cell.file)}<span class="value st st-${cell.stance}">${cell.stance === 'absent' ? 'silent' : cell.stance}</span><span class="said">${said}</span></li>`
        })
        const strip = fact.cells.map((cell) => `<span class="cov st-${cell.stance}">${e(this.outlets.get(cell.file)!.letter)}<span class="vh"> ${cell.stance === 'absent' ? 'silent' : cell.stance}</span></span>`).join('')
        return `<li id="fact-${e(fact.group.id)}"><details><summary><span class="strip">${strip}</span> ${e(clip(fact.cells.find((c) => c.members.length)!.members[0]!.text, 200))}${fact.mixed ? ' <span class="note">(told differently)</span>' : ''}${basisNote(fact.group)}</summary><ul class="aligned">${cells.join('')}</ul></details></li>`
      }).join('')}</ul>`
  }

  exclusives(): string {
    const list = rankExclusives(this.story.exclusives, 15)
    if (list.items.length === 0) return '<p class="note">None.</p>'
    const more = rankExclusives(this.story.exclusives, Number.MAX_SAFE_INTEGER).items.slice(list.items.length)
    const item = (x: (typeof list.items)[number]) => `<li>${this.badge(x.file)}<span class="value">${x.quantities.length ? e(x.quantities.map((q) => q.text).join(', ')) : x.kind === 'quote' ? 'quote' : ''}</span><span class="said">${e(clip(x.text, 320))} ${this.jump(x, x.kind, `Only this outlet: ${x.kind}`)}</span></li>`
    return `<p class="note">Most important first: numbers, then statements naming people, places and bodies. ${list.noise ? `${plural(list.noise, 'fragment')} and headings left out.` : ''}</p><ul class="aligned">${list.items.map(item).join('')}</ul>` +
      (more.length ? `<details><summary>${plural(more.length, 'more item')}</summary><ul class="aligned">${more.map(item).join('')}</ul></details>` : '')
  }

  sources(): string {
    const rows = storySources(this.story).map((s) => [
      this.badge(s.file),
      s.named.length ? e(s.named.map((n) => `${n.name} (${n.claims})`).join(', ')) : '<span class="note">none named</span>',
      e([...s.according.map((a) => `according to ${a}`), ...s.reportedBy.map((r) => `reported by ${r}`)].join('; ')) || '<span class="note">none</span>',
      s.wire.length ? e(s.wire.join('; ')) : '<span class="note">none</span>',
      s.copies.length ? s.copies.map((c) => `${this.badge(c.file, true)} ${percent(c.share)}`).join(', ') : '<span class="note">none</span>'
    ])
    return stackTable('Whom each outlet cites (claims attributed to each), the outlets it credits, wire credits, and the share of 5-word runs it has in common with another outlet: repeated copy is not independent confirmation.',
      ['Outlet', 'Named sources', 'Credits', 'Wire credit', 'Text shared with'], rows)
  }

  timeline(): string {
    const days = timelineDays(this.story)
    if (days.length === 0) return '<p class="note">No claim is dated to a day.</p>'
    return `<ol class="timeline">${days.map((day) => `<li><h3>${dateHtml(day.date, true)}</h3><ul class="plain">${day.events.map((event) =>
      `<li>${e(clip(event.sentence.text, 240))} <span class="by">${event.files.map((f) => this.badge(f, true)).join(' ')}</span> ${this.jump(event.sentence, 'claim', `Dated ${day.date}`)}</li>`).join('')}</ul></li>`).join('')}</ol>`
  }

  names(): string {
    if (this.story.naming.length === 0) return '<p class="note">Every outlet writes every name the same way.</p>'
    const list = (items: Array<{text: string, files: string[], kind?: string}>) => items.length ? `<ul class="forms">${items.map((x) => `<li>${e(x.text)}${x.kind ? ` <span class="note">${e(x.kind)}</span>` : ''} ${x.files.map((f) => this.badge(f, true)).join(' ')}</li>`).join('')}</ul>` : '<span class="note">none</span>'
    return stackTable('How each outlet writes each name, and the titles it puts before it.', ['Name', 'Written as', 'Titles'],
      this.story.naming.map((entry) => [`${e(entry.name)} <span class="note">(${entry.kind}: ${entry.kinds.join(', ')})</span>`, list(entry.variants.map((v) => ({text: v.form, files: v.files, kind: v.kind}))), list(entry.titles.map((t) => ({text: t.title, files: t.files})))]))
  }

  framing(): string {
    const rows = this.story.framing.map((entry) => {
      const terms = (kind: string) => {
        const counts = new Map<string, number>()
        for (const term of entry.terms.filter((t) => t.kind === kind)) counts.set(term.text.toLowerCase(), (counts.get(term.text.toLowerCase()) ?? 0) + 1)
        return counts.size ? `<ul class="terms">${[...counts].map(([text, n]) => `<li>${e(text)}${n > 1 ? ` ×${n}` : ''}</li>`).join('')}</ul>` : '<span class="note">none</span>'
      }
      return [this.badge(entry.file), terms('hedge'), terms('denial'), terms('loaded'), stances.map((s) => `${s} ${entry.stances[s] ?? 0}`).join(', ')]
    })
    return stackTable('Hedging, denial and loaded words each outlet uses, and how many of its claims it asserts, attributes, hedges and reports as denied.',
      ['Outlet', 'Hedging words', 'Denial words', 'Loaded words', 'Claims by stance'], rows)
  }
}

/** An aligned list, `bare` (no value column) when no member's value is worth a column. */
function valuesList(members: ReadonlyArray<{value: string, text: string}>): string {
  return `<ul class="aligned${members.some((m) => shortValue(m.value, m.text)) ? '' : ' bare'}">`
}

/** The value column of a row: the short value (or an empty cell, to keep the columns), none in a bare list. */
function valueCell(members: ReadonlyArray<{value: string, text: string}>, member: {value: string, text: string}): string {
  return members.some((m) => shortValue(m.value, m.text)) ? `<span class="value">${e(shortValue(member.value, member.text))}</span>` : ''
}

/** A fact's grouping confidence as a note after its sentence ("" for a story without one). */
function basisNote(group: ClaimGroup): string {
  const basis = factBasis(group)
  return basis === null ? '' : ` <span class="note">(${e(basis)})</span>`
}
