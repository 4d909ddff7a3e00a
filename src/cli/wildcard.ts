/**
 * File-name wildcards: cmd.exe and PowerShell hand `папка\*.xlsx` to a program as it was typed (each
 * Windows program expands its own), and Node 20 has no fs.glob.
 */
import { extname } from "path";

export function hasWildcard(name: string): boolean {
  return /[*?]/.test(name);
}

/** The extension lower-cased: «Итог.XLSX» is a workbook to «*.xlsx», as on Windows, whatever the system. */
function withLowerExtension(name: string): string {
  const ext = extname(name);
  return name.slice(0, name.length - ext.length) + ext.toLowerCase();
}

/** A test of a file name against `pattern`: `*` any characters (none too), `?` exactly one. */
export function wildcardMatcher(pattern: string, ignoreCase: boolean): (name: string) => boolean {
  const source = [...withLowerExtension(pattern)].map((ch) => (ch === "*" ? "[^]*" : ch === "?" ? "[^]" : ch.replace(/[\\^$.|+()[\]{}]/g, "\\$&"))).join("");
  const re = new RegExp(`^${source}$`, ignoreCase ? "iu" : "u");
  return (name) => re.test(withLowerExtension(name));
}
