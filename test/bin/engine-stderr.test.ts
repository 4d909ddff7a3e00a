import { engineStderr } from "../../bin/engine-stderr";

// What V8 prints when the heap runs out (Node 20), abridged.
const DUMP =
  "\n<--- Last few GCs --->\n\n[4882:0xeb99140]    20348 ms: Scavenge (reduce) 1020.9 (1039.3) -> 1020.3 (1039.6) MB, 8.98 / 0.00 ms  allocation failure;\n\n\n" +
  "<--- JS stacktrace --->\n\nFATAL ERROR: Ineffective mark-compacts near heap limit Allocation failed - JavaScript heap out of memory\n" +
  "----- Native stack trace -----\n\n 1: 0xb78db3 node::OOMErrorHandler(char const*, v8::OOMDetails const&) [node]\n";

function run(pieces: readonly string[]): { shown: string; outOfMemory: boolean } {
  let shown = "";
  const filter = engineStderr((t) => (shown += t));
  for (const p of pieces) filter.push(p);
  const outOfMemory = filter.end();
  return { shown, outOfMemory };
}

/** The text cut into pieces of `size` characters, as a pipe may hand it over. */
function cut(text: string, size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}

describe("the engine's stderr as the user sees it", () => {
  const status = "\r\x1b[KЧтение листов книги…";
  const failure = "metodist: «a.xlsx»: файл не найден — проверьте путь и имя файла\n";

  test("status lines and messages pass through unchanged", () => {
    expect(run([status, failure])).toEqual({ shown: status + failure, outOfMemory: false });
  });

  test.each([1, 3, 7, 22, 100, 10_000])("V8's out-of-memory dump is dropped, in pieces of %i characters", (size) => {
    const { shown, outOfMemory } = run(cut(status + DUMP, size));
    expect(outOfMemory).toBe(true);
    expect(shown).not.toContain("Last few");
    expect(shown).not.toContain("FATAL");
    expect(shown.startsWith(status)).toBe(true);
  });

  test("a message that only names the failure (a file so called) is shown, and so is what follows it", () => {
    const named = "metodist: «JavaScript heap out of memory.xlsx»: файл не найден — проверьте путь и имя файла\n";
    expect(run(cut(named + failure, 9)).shown).toBe(named + failure);
  });

  test("a banner that no heap failure follows is shown in the end", () => {
    const text = `${status}\n<--- Last few GCs --->\nsomething else\n`;
    expect(run(cut(text, 5))).toEqual({ shown: text, outOfMemory: false });
  });
});
