import type {Conflict, ConflictKind} from '../story/types.js'

/** Kinds a reader checks first when the engine is as sure of two: facts before wording. */
const kindOrder: readonly ConflictKind[] = ['number', 'date', 'contradiction', 'speaker', 'place', 'name', 'role', 'stance', 'event', 'wording']

/** The conflicts most worth a checker's minute first: surest first, then by kind, then the most outlets involved. */
export function rankConflicts(conflicts: readonly Conflict[]): Conflict[] {
  const rank = (kind: ConflictKind) => {
    const index = kindOrder.indexOf(kind)
    return index < 0 ? kindOrder.length : index
  }
  const outlets = (conflict: Conflict) => new Set(conflict.members.map((member) => member.file)).size
  return conflicts
    .map((conflict, index) => ({conflict, index}))
    .sort((a, b) => b.conflict.confidence - a.conflict.confidence || rank(a.conflict.kind) - rank(b.conflict.kind) || outlets(b.conflict) - outlets(a.conflict) || a.index - b.index)
    .map(({conflict}) => conflict)
}

/** A confidence as people read it: "70%". */
export function percent(value: number): string {
  return `${Math.round(value * 100)}%`
}
