import { promises as fs } from "fs";
import * as path from "path";

/** How a path is compared with another: its spelling and, when it exists, the file it names. */
export interface FileKey {
  readonly key: string;
  readonly id: string | null;
}

/** Windows and macOS file names ignore case: «ВХОД.xlsx» is «вход.xlsx» there. */
export const namesIgnoreCase = process.platform === "win32" || process.platform === "darwin";

function pathKey(f: string): string {
  const p = path.resolve(f);
  return namesIgnoreCase ? p.toLowerCase() : p;
}

/** Identity of an existing file (hard links, symbolic links, another spelling of its path), else null. */
async function fileId(f: string): Promise<string | null> {
  try {
    const st = await fs.stat(f);
    return `${st.dev}:${st.ino}`;
  } catch {
    return null;
  }
}

export async function fileKey(f: string): Promise<FileKey> {
  return { key: pathKey(f), id: await fileId(f) };
}

export function sameFile(a: FileKey, b: FileKey): boolean {
  return a.key === b.key || (a.id !== null && a.id === b.id);
}
