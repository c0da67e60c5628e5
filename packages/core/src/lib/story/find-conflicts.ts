import type {ClaimGroup, Conflict, StoryClaim} from './types.js'

/**
 * Disagreements inside each claim group: different days for one event (when the
 * members share no day), different numbers for one unit (no value shared), and a
 * fact one outlet asserts while another hedges it or reports it as denied (dates of
 * sentences that name an event kind are left to `more`); then
 * `more` (conflicts about events found across groups), less any that repeat one
 * already found (same kind, same sentences).
 */
export function findConflicts(groups: readonly ClaimGroup[], more: ReadonlyArray<Omit<Conflict, 'id'>> = [], namesEvent: (text: string) => boolean = () => false): Conflict[] {
  const conflicts: Conflict[] = []
  const seen = new Set<string>()
  const push = (conflict: Omit<Conflict, 'id'>) => {
    const key = `${conflict.kind}\u0000${conflict.members.map((m) => `${m.file}:${m.start}`).sort().join('|')}`
    if (seen.has(key)) return
    seen.add(key)
    conflicts.push({id: `x${conflicts.length + 1}`, ...conflict})
  }
  for (const group of groups) {
    const days = group.members.map((member) => ({member, days: member.dates.filter((date) => date.from && date.from === date.to)}))
    // Dates of a named event (an attack, a call) are compared event by event in `more`,
    // which knows when an outlet reports two events of one kind on two days.
    const dated = days.filter((entry) => entry.days.length > 0 && !namesEvent(entry.member.text))
    const allDays = new Set(dated.flatMap((entry) => entry.days.map((date) => date.from!)))
    const shared = [...allDays].some((day) => dated.every((entry) => entry.days.some((date) => date.from === day)))
    if (dated.length > 1 && allDays.size > 1 && !shared && new Set(dated.map((entry) => entry.member.file)).size > 1) {
      push({kind: 'date', group: group.id, confidence: 0.5, reason: 'aligned sentences give different single days', summary: `dated ${[...allDays].sort().join(' vs ')}`,
        members: dated.map(({member, days: list}) => ({...memberOf(member), value: list.map((date) => date.from!).join(', ')}))})
    }
    const byUnit = new Map<string, Array<{member: StoryClaim, value: number, text: string}>>()
    for (const member of group.members) {
      for (const quantity of member.quantities) {
        if (!quantity.unit) continue
        if (!byUnit.has(quantity.unit)) byUnit.set(quantity.unit, [])
        byUnit.get(quantity.unit)!.push({member, value: quantity.value, text: quantity.text})
      }
    }
    for (const [unit, values] of byUnit) {
      const files = new Set(values.map((entry) => entry.member.file))
      const distinct = new Set(values.map((entry) => entry.value))
      const perFile = [...files].map((file) => new Set(values.filter((entry) => entry.member.file === file).map((entry) => entry.value)))
      const common = [...distinct].some((value) => perFile.every((set) => set.has(value)))
      if (files.size > 1 && distinct.size > 1 && !common) {
        push({kind: 'number', group: group.id, confidence: 0.5, reason: `aligned sentences give different values in ${unit}`, summary: `${unit}: ${[...distinct].join(' vs ')}`, members: values.map(({member, value}) => ({...memberOf(member), value: String(value)}))})
      }
    }
    const asserted = group.members.filter((member) => member.stance === 'asserted')
    const distanced = group.members.filter((member) => member.stance === 'hedged' || member.stance === 'denied')
    if (asserted.length > 0 && distanced.length > 0 && new Set([...asserted, ...distanced].map((member) => member.file)).size > 1) {
      push({kind: 'stance', group: group.id, confidence: 0.5, reason: 'aligned sentences: one outlet asserts, another hedges or reports a denial', summary: `stated as fact by ${unique(asserted.map((m) => m.file)).join(', ')}; ${unique(distanced.map((m) => `${m.stance} by ${m.file}`)).join(', ')}`,
        members: [...asserted, ...distanced].map((member) => ({...memberOf(member), value: member.stance}))})
    }
  }
  for (const conflict of more) push(conflict)
  return conflicts
}

function memberOf(claim: StoryClaim) {
  return {file: claim.file, article: claim.article, start: claim.start, end: claim.end, text: claim.text}
}

function unique(list: readonly string[]): string[] {
  return [...new Set(list)]
}
