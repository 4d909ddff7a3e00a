import { IsoDate, isoFromParts } from "../domain/dates";
import { UsageError } from "./args";

/** Today's calendar date; METODIST_TODAY=YYYY-MM-DD fixes it for reproducible runs and tests. */
export function today(env: NodeJS.ProcessEnv = process.env, now: Date = new Date()): IsoDate {
  const fixed = env.METODIST_TODAY;
  if (fixed !== undefined && fixed !== "") {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(fixed.trim());
    const iso = m ? isoFromParts(Number(m[1]), Number(m[2]), Number(m[3])) : null;
    if (!iso) throw new UsageError(`Переменная METODIST_TODAY должна быть датой ГГГГ-ММ-ДД, а не «${fixed}»`);
    return iso;
  }
  return isoFromParts(now.getFullYear(), now.getMonth() + 1, now.getDate())!;
}
