/**
 * Writing a PKI folder so that a reader never sees half of it: everything is written to a
 * sibling temporary folder, which is then renamed into place. When two processes race, the
 * rename of the loser fails (the folder exists and is not empty) and it loads the winner's.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import crypto from 'node:crypto';

export type FileSet = Record<string, string | Buffer>;

/** Private keys and PKCS#12 files are readable by the owner only. */
const isSecret = (name: string): boolean => /\.key\.pem$|\.p12$/.test(name);

async function writeFiles(dir: string, files: FileSet): Promise<void> {
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name);
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, content, { mode: isSecret(name) ? 0o600 : 0o644 });
  }
}

/**
 * Publishes `files` as folder `dir`. With `replace`, an existing folder is swapped out;
 * otherwise returns false when someone else published it first.
 */
export async function publishFolder(dir: string, files: FileSet, opts: { replace?: boolean } = {}): Promise<boolean> {
  const parent = path.dirname(dir);
  await fs.mkdir(parent, { recursive: true });
  const tmp = path.join(parent, `.${path.basename(dir)}.tmp-${crypto.randomBytes(6).toString('hex')}`);
  await fs.mkdir(tmp, { mode: 0o700 });
  try {
    await writeFiles(tmp, files);
    if (opts.replace && (await exists(dir))) {
      const old = path.join(parent, `.${path.basename(dir)}.old-${crypto.randomBytes(6).toString('hex')}`);
      await fs.rename(dir, old);
      await fs.rename(tmp, dir);
      await fs.rm(old, { recursive: true, force: true });
      return true;
    }
    await fs.rename(tmp, dir);
    return true;
  } catch (err) {
    await fs.rm(tmp, { recursive: true, force: true });
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOTEMPTY' || code === 'EEXIST') return false;
    throw err;
  }
}

/** Replaces one file atomically (write to a temporary name, then rename). */
export async function replaceFile(file: string, content: string | Buffer): Promise<void> {
  const tmp = `${file}.tmp-${crypto.randomBytes(6).toString('hex')}`;
  await fs.writeFile(tmp, content, { mode: isSecret(file) ? 0o600 : 0o644 });
  await fs.rename(tmp, file);
}

export async function exists(file: string): Promise<boolean> {
  try {
    await fs.access(file);
    return true;
  } catch {
    return false;
  }
}

export async function readText(file: string): Promise<string | undefined> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}
