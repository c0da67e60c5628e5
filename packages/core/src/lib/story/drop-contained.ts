import type {Conflict} from './types.js'

/** Conflicts less those whose sentences another conflict of the list holds all of (the first kept of two alike). */
export function dropContained<T extends Pick<Conflict, 'members'>>(conflicts: readonly T[]): T[] {
  const keyOf = (member: {file: string, start: number}) => `${member.file}\u0000${member.start}`
  const keys = conflicts.map((conflict) => new Set(conflict.members.map(keyOf)))
  return conflicts.filter((_, i) => !keys.some((other, j) => j !== i && (other.size > keys[i]!.size || (other.size === keys[i]!.size && j < i)) &&
    [...keys[i]!].every((key) => other.has(key))))
}
