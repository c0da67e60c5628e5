import type {Command} from './command.js'
import {parseCommand} from './parse.js'
import {reportCommand} from './report.js'

/** Every subcommand, in the order `--help` lists them. */
export const commands: readonly Command[] = [reportCommand, parseCommand]

/** The command run when none is named: `corroborate FILE...`. */
export const defaultCommand: Command = reportCommand
