import {defaultMaxLength} from '@corroborate/core'
import {megabytes} from './analyze-input.js'
import {commands, defaultCommand} from './commands/index.js'
import type {Command} from './commands/command.js'
import {defaultTimeoutSeconds} from './run-tasks.js'
import {version} from './version.js'

/** The `--help` text of a command (the default command's for `corroborate --help`). */
export function help(command: Command): string {
  const lines = [
    `corroborate ${version}: compare how news outlets report the same story`,
    '',
    `Usage: corroborate ${command === defaultCommand ? '[report]' : command.name} [options] FILE|FOLDER|GLOB|- ...`,
    '',
    `${command.summary}.`,
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(10)} ${c.summary}${c === defaultCommand ? ' (default)' : ''}`),
    `  ${'serve'.padEnd(10)} Open the web app on this machine with the articles loaded`,
    '',
    'Options:',
    `  -f, --format FORMAT     output: ${command.formats.join(', ')} (default ${command.defaultFormat})`,
    '  -o, --output FILE       write the output to FILE instead of stdout',
    '      --input-format F    read every input as text, markdown, html or json (default: detect)',
    '  -j, --jobs N            worker threads (default: 1 under 16 files, else up to one per core)',
    `      --max-size SIZE     refuse inputs larger than SIZE (default ${megabytes(defaultMaxLength)}; e.g. 5MB)`,
    `      --timeout SECONDS   give up on an input that takes longer, go on with the rest`,
    `                          (default ${defaultTimeoutSeconds} with several jobs, none with one; 0: no limit)`,
    '      --color, --no-color force colour on or off (default: on for a terminal unless NO_COLOR)',
    '      --no-glob           read every argument as a path, never as a pattern',
    '      --allow-outside     let a story manifest name files outside its own folder',
    '  -h, --help              show this help (with a command: that command\'s help)',
    '  -v, --version           print the version',
    '',
    'Examples:',
    ...command.examples.map((example) => `  ${example}`),
    '',
    'Folders are read recursively (.txt .md .html .json); `-` reads standard input.',
    'Exit codes: 0 ok, 1 an input failed (the others are still processed), 2 usage error.',
    ''
  ]
  return lines.join('\n')
}
