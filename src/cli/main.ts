/**
 * `metodist`: parse the command line, call the app's use-cases with the .xlsx adapter, print.
 * Everything a user can get wrong ends in one Russian line on stderr and exit status 2 (CLI.md).
 */
import { promises as fs } from "fs";
import * as path from "path";
import { checkStep } from "../app/check";
import { computeResults, computeWorkbook } from "../app/compute";
import { toReportJson } from "../app/json";
import { STEP_NAMES, describeProgress, isEngineStep } from "../app/steps";
import { buildTemplate } from "../app/template";
import { CheckResult, NothingRecognised, ProgressListener, Step } from "../app/types";
import { SheetGrid } from "../domain/grid";
import { parseHistory } from "../domain/history";
import { SHEET } from "../report/sheet-names";
import { WorkbookOpenError } from "../workbook/xlsx/open";
import { DamagedPartError } from "../workbook/xlsx/zip";
import { XlsxWorkbook } from "../workbook/xlsx/xlsx-workbook";
import { fileLabels } from "../workbook/file-labels";
import { Command, UsageError, parseArgs } from "./args";
import { HELP } from "./help";
import { inputFiles } from "./inputs";
import { FileKey, fileKey, sameFile } from "./same-file";
import { checkSummary, countIssues, indicatorSummary } from "./summary";
import { today } from "./today";

export interface Io {
  /** Normal output (summaries, help). */
  readonly out: (text: string) => void;
  /** One-line failures. */
  readonly err: (line: string) => void;
  /**
   * What is being done now, one line that the next replaces (null: the line goes); only on a
   * terminal — a region's workbook takes half a minute, and nothing else would show it is alive.
   */
  readonly status?: (line: string | null) => void;
}

const PROCESS_IO: Io = {
  out: (text) => process.stdout.write(text),
  err: (line) => process.stderr.write(`${line}\n`),
  // Carriage return and «erase line»: the status stays one line, and goes before anything is printed.
  // bin/metodist.js reads this process's stderr through a pipe and says when its own is a terminal.
  ...(process.stderr.isTTY || process.env.METODIST_STATUS_LINE === "1" ? { status: (line: string | null) => void process.stderr.write(`\r\x1b[K${line ?? ""}`) } : {}),
};

/** The io with its status line gone before any output, so a summary never starts after it. */
function withStatus(io: Io): Io {
  const show = io.status;
  if (!show) return io;
  let shown: string | null = null;
  const clear = () => {
    if (shown !== null) show(null);
    shown = null;
  };
  return {
    out: (text) => {
      clear();
      io.out(text);
    },
    err: (line) => {
      clear();
      io.err(line);
    },
    status: (line) => {
      if (line === null) return clear();
      if (line === shown) return;
      shown = line;
      show(line);
    },
  };
}

/**
 * A step as the status line words it: the formats pass is part of reading, and the use-case's
 * «write» only hands the sheets to the package in memory — the file is written by `save`, which
 * says so itself.
 */
function stepLine(step: Step): string {
  return `${STEP_NAMES[step === "readFormats" ? "read" : step === "write" ? "plans" : step]}…`;
}

/**
 * The use-cases' steps as status lines: the pane's words without its step numbers, the engine's steps
 * with their share done (a region's take seconds each).
 */
function statusOf(io: Io): ProgressListener | undefined {
  const status = io.status;
  return status && ((p) => status(isEngineStep(p.step) ? describeProgress(p, []).label : stepLine(p.step)));
}

/** Exit statuses of CLI.md. */
export const EXIT = { done: 0, checkErrors: 1, failure: 2 } as const;

export async function run(argv: string[], given: Io = PROCESS_IO): Promise<number> {
  const io = withStatus(given);
  try {
    return await runCommand(argv, io);
  } finally {
    io.status?.(null);
  }
}

async function runCommand(argv: string[], io: Io): Promise<number> {
  try {
    const cmd = parseArgs(argv);
    switch (cmd.name) {
      case "help":
        io.out(HELP);
        return EXIT.done;
      case "check":
        return await check(cmd, io);
      case "compute":
        return await compute(cmd, io);
      case "template":
        return await template(cmd, io);
    }
  } catch (e) {
    if (e instanceof UsageError || e instanceof WorkbookOpenError || e instanceof OutputError) {
      io.err(`metodist: ${e.message}`);
      return EXIT.failure;
    }
    throw e;
  }
}

/** A result file could not be written. */
class OutputError extends Error {}

/** The same file twice would make every row its own duplicate. */
function requireDistinct(files: readonly string[]): void {
  const seen = new Set<string>();
  for (const f of files) {
    const key = path.resolve(f);
    if (seen.has(key)) throw new UsageError(`Файл «${f}» указан дважды — каждый файл укажите один раз`);
    seen.add(key);
  }
}

/**
 * What the command writes (`--out`, `--json`) is none of what it reads, nor each other: the schools'
 * files are never changed, and a report written over its own workbook would leave neither.
 */
async function requireOutputsApart(inputs: readonly string[], outputs: readonly (readonly [string, string | undefined])[]): Promise<void> {
  const read = await Promise.all(inputs.map(fileKey));
  const written: { flag: string; file: FileKey }[] = [];
  for (const [flag, f] of outputs) {
    if (f === undefined) continue;
    const file = await fileKey(f);
    if (read.some((r) => sameFile(r, file))) throw new UsageError(`${flag} «${f}» совпадает с входным файлом — входные файлы не изменяются, укажите другое имя`);
    const twice = written.find((w) => sameFile(w.file, file));
    if (twice) throw new UsageError(`${flag} «${f}» совпадает с ${twice.flag} — укажите для них разные файлы`);
    written.push({ flag, file });
  }
}

/** The files the arguments stand for, with what was left out said first. */
async function inputsOf(args: readonly string[], aside: readonly (string | undefined)[], io: Io): Promise<readonly string[]> {
  const { files, notes } = await inputFiles(args, aside.filter((f): f is string => f !== undefined));
  for (const note of notes) io.out(`${note}\n`);
  requireDistinct(files);
  return files;
}

async function check(cmd: Extract<Command, { name: "check" }>, io: Io): Promise<number> {
  const files = await inputsOf(cmd.files, [cmd.json], io);
  await requireOutputsApart(files, [["--json", cmd.json]]);
  // Each file on its own: issues name the sheets as the school sees them in its file (a consolidated
  // workbook would rename clashing sheets «Лист1 (школа)»).
  // A file that cannot be read is said and the others are still checked: one school's broken file
  // must not hide what is wrong in the other forty-nine. The run still ends as a failure.
  const sheets: SheetGrid[] = [];
  const read: string[] = [];
  let unreadable = 0;
  const labels = fileLabels(files);
  for (const [i, file] of files.entries()) {
    io.status?.(`Чтение «${path.basename(file)}»…`);
    try {
      sheets.push(...(await (await XlsxWorkbook.open([file], { labels: [labels[i]] })).readSheets()));
      read.push(file);
    } catch (e) {
      if (!(e instanceof WorkbookOpenError) || files.length === 1) throw e;
      io.err(`metodist: ${e.message}`);
      unreadable++;
    }
  }
  if (read.length === 0) return EXIT.failure;
  const result = await checkStep(sheets, { today: today(), ...(cmd.period ? { period: cmd.period } : {}) }, statusOf(io));
  if (cmd.json) await writeJson(cmd.json, toReportJson(result));
  io.out(checkSummary(result, { json: cmd.json }));
  if (nothingRecognised(result, read, io)) return EXIT.failure;
  if (unreadable > 0) {
    io.out(`Не прочитано файлов: ${unreadable} из ${files.length} — их листы не проверены (почему — в сообщениях выше)\n`);
    return EXIT.failure;
  }
  return countIssues(result.issues).errors > 0 ? EXIT.checkErrors : EXIT.done;
}

async function compute(cmd: Extract<Command, { name: "compute" }>, io: Io): Promise<number> {
  const inputs = await inputsOf(cmd.files, [cmd.out, cmd.json, cmd.history], io);
  await requireOutputsApart([...inputs, ...(cmd.history ? [cmd.history] : [])], [["--out", cmd.out], ["--json", cmd.json]]);
  io.status?.(inputs.length === 1 ? `Чтение «${path.basename(inputs[0])}»…` : `Чтение файлов (${inputs.length})…`);
  const port = await XlsxWorkbook.open(inputs);
  // A previous result workbook: only its history sheet is read, never its data.
  const history = cmd.history ? await (await XlsxWorkbook.open([cmd.history])).readSheets() : undefined;
  // Asked for and not there is a mistake to say, not a trend line to leave out without a word.
  if (cmd.history && history && parseHistory(history).columns.length === 0) {
    throw new UsageError(`--history «${cmd.history}»: в файле нет истории показателей (листа «${SHEET.history}» с кодами показателей в строке заголовков) — укажите результат Metodist за прошлый год`);
  }
  const opts = {
    today: today(),
    presets: cmd.presets,
    ...(cmd.period ? { period: cmd.period } : {}),
    ...(history ? { history } : {}),
  };
  const outcome = await computeAndReport(port, cmd, inputs, opts, io);
  if ("exit" in outcome) return outcome.exit;
  if (cmd.out) {
    io.status?.(`Запись «${path.basename(cmd.out)}»…`);
    await save(port, cmd.out);
  }
  for (const text of outcome.texts) io.out(text);
  return EXIT.done;
}

/**
 * Computes, writes the JSON report and words what will be printed — in a function of its own, so the
 * results are gone before the workbook is saved: a large municipality's dataset and indicator context
 * (half a gigabyte) would otherwise stay alive through the save, which is mostly garbage collection.
 */
async function computeAndReport(
  port: XlsxWorkbook,
  cmd: Extract<Command, { name: "compute" }>,
  inputs: readonly string[],
  opts: Parameters<typeof computeWorkbook>[1],
  io: Io,
): Promise<{ exit: number } | { texts: string[] }> {
  // Output sheets are planned and written only when there is somewhere to save them.
  let result;
  try {
    result = cmd.out ? await computeWorkbook(port, opts, statusOf(io)) : await computeOnly(port, opts, io);
  } catch (e) {
    if (!(e instanceof NothingRecognised)) throw e;
    io.out(checkSummary(e.check));
    nothingRecognised(e.check, inputs, io);
    return { exit: EXIT.failure };
  }
  if (cmd.json) await writeJson(cmd.json, toReportJson(result.check, result.indicators));
  const checkSheet = result.applied.find((a) => a.planned === SHEET.check);
  const full = { json: cmd.json, canWriteResult: true, ...(cmd.out && checkSheet ? { sheet: { file: cmd.out, name: checkSheet.actual } } : {}) };
  const texts = [checkSummary(result.check, full), "\n" + indicatorSummary(result.indicators)];
  if (cmd.out) texts.push(`\nРезультат записан: ${cmd.out} (листы: ${result.applied.map((a) => a.actual).join(", ")})\n`);
  return { texts };
}

/** Check and indicators, no output sheets (no --out). */
async function computeOnly(port: XlsxWorkbook, opts: Parameters<typeof computeWorkbook>[1], io: Io) {
  io.status?.(stepLine("read"));
  const sheets = await port.readSheets();
  io.status?.("Проверка записей и расчёт показателей…");
  const results = computeResults(sheets, opts);
  // As computeWorkbook does: nothing recognised ends the run the same way, with or without --out.
  if (results.check.sheets.length === 0) throw new NothingRecognised(results.check);
  return { ...results, applied: [] };
}

async function template(cmd: Extract<Command, { name: "template" }>, io: Io): Promise<number> {
  // Not registered as Metodist's own: schools fill these sheets in and send them back as input.
  const port = XlsxWorkbook.blank({ registerOutput: false });
  await port.applyPlans(buildTemplate(cmd.for));
  await save(port, cmd.out);
  io.out(cmd.for === "municipality" ? `Бланк «Сведения муниципалитета» записан: ${cmd.out}\n` : `Бланк стандартных форм записан: ${cmd.out}\n`);
  return EXIT.done;
}

function nothingRecognised(result: CheckResult, files: readonly string[], io: Io): boolean {
  if (result.sheets.length > 0) return false;
  const names = files.map((f) => `«${f}»`).join(", ");
  io.err(
    `metodist: ни один лист в ${names} не распознан как стандартная форма — проверьте, что в листах есть строка заголовков (ФИО, ОО, …), или возьмите бланк: metodist template --out БЛАНК.xlsx`,
  );
  return true;
}

async function writeJson(file: string, data: unknown): Promise<void> {
  try {
    await fs.mkdir(path.dirname(path.resolve(file)), { recursive: true });
    await fs.writeFile(file, JSON.stringify(data, null, 2) + "\n", "utf8");
  } catch (e) {
    throw new OutputError(`не удалось записать «${file}»: ${reason(e)}`);
  }
}

async function save(port: XlsxWorkbook, file: string): Promise<void> {
  try {
    await fs.mkdir(path.dirname(path.resolve(file)), { recursive: true });
    await port.save(file);
  } catch (e) {
    // Parts of the inputs (themes, drawings) are first inflated here: a damaged one is the input's fault, not the path's.
    if (e instanceof DamagedPartError) {
      throw new OutputError(`не удалось записать «${file}»: во входном файле «${e.file}» повреждена часть «${e.part}» — откройте этот файл в Excel, сохраните заново и повторите`);
    }
    throw new OutputError(`не удалось записать «${file}»: ${reason(e)}`);
  }
}

function reason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === "EACCES" || code === "EPERM") return "нет прав на запись в эту папку";
  if (code === "EBUSY") return "файл открыт в другой программе — закройте его";
  if (code === "ENOSPC") return "нет места на диске";
  if (code === "EISDIR") return "это папка, а не файл";
  return "ошибка записи — проверьте путь";
}
