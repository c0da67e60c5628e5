/** Plain words for the file-system errors a user meets, by Node's error code. */
const known: Record<string, string> = {
  ENOENT: 'no such file or folder', EACCES: 'permission denied', EPERM: 'operation not permitted', EISDIR: 'is a folder',
  ENOTDIR: 'a part of the path is not a folder', ELOOP: 'too many symbolic links (a loop?)', ENAMETOOLONG: 'the name is too long',
  EMFILE: 'too many open files', ENOSPC: 'no space left on device', EDQUOT: 'disk quota exceeded', EROFS: 'read-only file system',
  EIO: 'input/output error', EBUSY: 'the file is busy', ETXTBSY: 'the file is busy'
}

/**
 * One line for an error: "permission denied", not "EACCES: permission denied, open
 * '/abs/path'" with a stack trace. Errors without a known code keep their message's
 * first line, less a leading code.
 */
export function plainError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code
  if (code && known[code]) return known[code]
  const message = error instanceof Error ? error.message : String(error)
  return message.replace(/^[A-Z][A-Z0-9_]+: /, '').split('\n')[0]!
}
