import * as path from "path";

/**
 * How each input file is named in issues, sheets and reports: its name alone («школа1.xlsx»), unless
 * another input has the same name in another folder — then as many of its folders as tell them apart
 * («2023/Мониторинг.xlsx», «2024/Мониторинг.xlsx»): two schools' issues under one heading would be
 * impossible to act on.
 */
export function fileLabels(paths: readonly string[]): string[] {
  const parts = paths.map((p) => path.resolve(p).split(/[\\/]+/).filter((s) => s !== ""));
  const depth = paths.map(() => 1);
  const label = (i: number) => parts[i].slice(-depth[i]).join("/");
  for (;;) {
    const byLabel = new Map<string, number[]>();
    paths.forEach((_p, i) => {
      const key = label(i).toLowerCase();
      byLabel.set(key, [...(byLabel.get(key) ?? []), i]);
    });
    let grew = false;
    for (const same of byLabel.values()) {
      if (same.length < 2) continue;
      for (const i of same) {
        if (depth[i] < parts[i].length) {
          depth[i]++;
          grew = true;
        }
      }
    }
    if (!grew) return paths.map((_p, i) => label(i));
  }
}
