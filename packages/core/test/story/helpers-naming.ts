import type {Story} from '../../src/index.js'

type Entry = Story['naming'][number]

/** The forms an entry lists (none for no entry). */
export const formsOf = (entry: Entry | undefined): string[] => entry?.variants.map((variant) => variant.form) ?? []

/** The entry that lists `form`. */
export const entryWith = (entries: readonly Entry[], form: string): Entry | undefined => entries.find((entry) => formsOf(entry).includes(form))
