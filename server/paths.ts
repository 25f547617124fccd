import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root (the folder holding package.json), whatever the working directory. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const fromRoot = (...parts: string[]): string => path.join(ROOT, ...parts);
