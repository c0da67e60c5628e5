import {claimsCommand} from './claims.js'
import type {Command} from './command.js'
import {entitiesCommand} from './entities.js'
import {parseCommand} from './parse.js'
import {quotesCommand} from './quotes.js'
import {reportCommand} from './report.js'

/** Every subcommand, in the order `--help` lists them. */
export const commands: readonly Command[] = [reportCommand, quotesCommand, claimsCommand, entitiesCommand, parseCommand]

/** The command run when none is named: `corroborate FILE...`. */
export const defaultCommand: Command = reportCommand
