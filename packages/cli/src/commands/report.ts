import type {Command} from './command.js'
import {parseCommand} from './parse.js'

/**
 * `corroborate [report]`: the story across articles. Until the story comparison
 * lands in core, it prints what each article holds.
 */
export const reportCommand: Command = {
  name: 'report',
  summary: 'Compare how the articles tell one story',
  formats: ['text', 'json'],
  defaultFormat: 'text',
  examples: ['corroborate seeds/', 'corroborate report --format json a.html b.txt c.md'],
  render(loaded, format, context) {
    return parseCommand.render(loaded, format, context)
  }
}
