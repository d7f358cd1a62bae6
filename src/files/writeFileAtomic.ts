import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * Replaces a file's content without a moment where it is half written: the text goes to a temporary
 * file in the same directory (same file system), gets the original permission bits, and is renamed
 * over the original.
 */
export async function writeFileAtomic(file: string, text: string, mode: number): Promise<void> {
  const permissions = mode & 0o7777;
  // A rename needs write permission on the directory only: refuse what the user may not (or, for root,
  // what no write bit allows) write, as an in-place write would.
  if ((permissions & 0o222) === 0) throw Object.assign(new Error('EACCES: the file is read-only'), { code: 'EACCES' });
  await fs.access(file, fs.constants.W_OK);
  const temporary = path.join(
    path.dirname(file),
    `.${path.basename(file)}.${process.pid}-${randomBytes(4).toString('hex')}.mi-codemod.tmp`,
  );
  try {
    const handle = await fs.open(temporary, 'wx', permissions);
    try {
      await handle.writeFile(text, 'utf8');
      await handle.chmod(permissions); // open()'s mode is filtered by the umask
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temporary, file);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw error;
  }
}
