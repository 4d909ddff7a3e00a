import { PresetId } from "../domain/indicators/types";
import { Period, parsePeriod } from "../domain/period";
import { TemplateFor } from "../app/template";
import { fold } from "../domain/text";
import { foldIndicatorCode } from "../domain/indicators/codes";

/** A mistake in the command line: printed as one Russian line, exit status 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

export const PRESETS: readonly PresetId[] = ["LK", "DZ", "AL", "KL", "BM"];

export type Command =
  | { readonly name: "help" }
  | { readonly name: "check"; readonly files: readonly string[]; readonly period?: Period; readonly json?: string }
  | {
      readonly name: "compute";
      readonly files: readonly string[];
      readonly presets: readonly PresetId[];
      readonly period?: Period;
      readonly history?: string;
      readonly out?: string;
      readonly json?: string;
    }
  | { readonly name: "template"; readonly out: string; readonly for: TemplateFor };

/** Options each command accepts, all taking a value. */
const OPTIONS: Readonly<Record<"check" | "compute" | "template", readonly string[]>> = {
  check: ["period", "json"],
  compute: ["preset", "period", "history", "out", "json"],
  template: ["out", "for"],
};

const HINT = "Справка: metodist --help";

/** `--for оо` (the default: the schools' blank) or `--for имц` (the municipality's «Сведения муниципалитета»). */
function templateFor(text: string | undefined): TemplateFor {
  const t = fold(text ?? "оо");
  if (["оо", "школа", "школы", "школ"].includes(t)) return "schools";
  if (["имц", "ммс", "муниципалитет", "муниципалитета"].includes(t)) return "municipality";
  throw new UsageError(`--for «${text}»: укажите «оо» (бланк для школ) или «имц» (лист «Сведения муниципалитета» для методической службы). ${HINT}`);
}

export function parseArgs(argv: readonly string[]): Command {
  if (argv.length === 0) throw new UsageError(`Не указана команда: check, compute или template. ${HINT}`);
  if (argv.some((a) => a === "--help" || a === "-h") || argv[0] === "help") return { name: "help" };
  const [cmd, ...rest] = argv;
  if (cmd !== "check" && cmd !== "compute" && cmd !== "template") {
    throw new UsageError(`Неизвестная команда «${cmd}»: используйте check, compute или template. ${HINT}`);
  }
  const allowed = OPTIONS[cmd];
  const opts = new Map<string, string>();
  const files: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (!a.startsWith("--")) {
      files.push(a);
      continue;
    }
    const eq = a.indexOf("=");
    const name = eq < 0 ? a.slice(2) : a.slice(2, eq);
    if (!allowed.includes(name)) {
      throw new UsageError(`Команда ${cmd} не знает параметра «--${name}» (возможны: ${allowed.map((o) => `--${o}`).join(", ")}). ${HINT}`);
    }
    const value = eq < 0 ? rest[++i] : a.slice(eq + 1);
    if (value === undefined || value === "" || (eq < 0 && value.startsWith("--"))) {
      throw new UsageError(`После --${name} нужно значение. ${HINT}`);
    }
    if (opts.has(name)) throw new UsageError(`Параметр --${name} указан дважды. ${HINT}`);
    opts.set(name, value);
  }
  if (cmd === "template") {
    if (files.length > 0) throw new UsageError(`Команде template не нужны входные файлы («${files[0]}»): укажите только --out ФАЙЛ.xlsx. ${HINT}`);
    const out = opts.get("out");
    if (!out) throw new UsageError(`Укажите, куда записать бланк: metodist template --out БЛАНК.xlsx`);
    return { name: "template", out: requireXlsx(out, "--out"), for: templateFor(opts.get("for")) };
  }
  if (files.length === 0) throw new UsageError(`Не указаны входные файлы .xlsx: metodist ${cmd} ФАЙЛ.xlsx … ${HINT}`);
  const periodText = opts.get("period");
  const period = periodText === undefined ? undefined : parsePeriodArg(periodText);
  const json = opts.get("json");
  if (cmd === "check") return { name: "check", files, ...(period ? { period } : {}), ...(json ? { json } : {}) };
  const presetText = opts.get("preset");
  if (!presetText) throw new UsageError(`Укажите наборы показателей: --preset ${PRESETS.join(",")} (один или несколько через запятую). ${HINT}`);
  const out = opts.get("out");
  const history = opts.get("history");
  return {
    name: "compute",
    files,
    presets: parsePresets(presetText),
    ...(period ? { period } : {}),
    ...(history ? { history } : {}),
    ...(out ? { out: requireXlsx(out, "--out") } : {}),
    ...(json ? { json } : {}),
  };
}

function parsePeriodArg(text: string): Period {
  const p = parsePeriod(text);
  if (!p) throw new UsageError(`Неверный период «${text}»: укажите учебный год как 2023/2024 или календарный год как 2024`);
  return p;
}

function parsePresets(text: string): PresetId[] {
  const out: PresetId[] = [];
  for (const part of text.split(",")) {
    // «вм», «ВМ» typed on a Russian layout are BM: the codes' folding (Cyrillic look-alikes, case, spaces).
    const id = foldIndicatorCode(part);
    if (id === "") continue;
    const preset = PRESETS.find((p) => p === id);
    if (!preset) throw new UsageError(`Неизвестный набор показателей «${part.trim()}»: возможны ${PRESETS.join(", ")}`);
    if (!out.includes(preset)) out.push(preset);
  }
  if (out.length === 0) throw new UsageError(`Укажите наборы показателей: --preset ${PRESETS.join(",")}`);
  return out;
}

function requireXlsx(path: string, option: string): string {
  if (!/\.xlsx$/i.test(path)) throw new UsageError(`${option}: имя файла должно оканчиваться на .xlsx («${path}»)`);
  return path;
}
