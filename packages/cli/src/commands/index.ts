import {claimsCommand} from './claims.js'
import type {Command} from './command.js'
import {entitiesCommand} from './entities.js'
import {parseCommand} from './parse.js'
import {quotesCommand} from './quotes.js'
import {reportCommand} from './report.js'
import {storiesCommand} from './story-features.js'
import {runStories} from './stories.js'
import {runEnqueue} from './enqueue.js'
import {runQueueWorker} from './queue-worker.js'
import {runCollect} from './collect.js'
import {runStatus} from './status.js'
import type {Io} from '../io.js'

/** Every subcommand, in the order `--help` lists them. */
export const commands: readonly Command[] = [reportCommand, quotesCommand, claimsCommand, entitiesCommand, parseCommand, storiesCommand]

/** The command run when none is named: `corroborate FILE...`. */
export const defaultCommand: Command = reportCommand

/** Commands that read their own arguments (corpus-wide, not one record per article). */
export const runners: Readonly<Record<string, (argv: readonly string[], io: Io) => Promise<number>>> = {
  stories: runStories,
  enqueue: runEnqueue,
  worker: runQueueWorker,
  collect: runCollect,
  status: runStatus
}
