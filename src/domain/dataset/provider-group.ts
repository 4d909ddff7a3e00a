import { PROVIDER_GROUP } from "../forms/vocabularies";
import { matchOption } from "../normalize/enum";
import { foldKey } from "../text";

/**
 * Course providers grouped as the indicators need them: Академия Минпросвещения, ИРО/ЦНППМ, иное.
 * Full official names vary endlessly («ФГАОУ ДПО "Академия реализации государственной политики…"»,
 * «ГАУ ДПО ЯО ИРО», «ЦНППМ ПР»), so beyond the vocabulary the words that identify each group decide.
 */
const ACADEMY = /(?:^| )академи\p{L}* (?:минпросвещения|министерства просвещения|реализации государственной политики)|(?:^| )аргппипро(?: |$)|(?:^| )академия минпросвещения/u;
const REGIONAL = /(?:^| )(?:иро|цнппм\p{L}*|цнппмпр|цнппм пр)(?: |$)|институт\p{L}* развития образования|центр\p{L}* непрерывного повышения профессионального мастерства/u;

const cache = new Map<string, string>();

export function providerGroupOf(provider: string | null): string | null {
  if (provider === null || provider.trim() === "") return null;
  const hit = cache.get(provider);
  if (hit) return hit;
  const key = foldKey(provider);
  const group = matchOption(provider, PROVIDER_GROUP) ?? (ACADEMY.test(key) ? "Академия Минпросвещения" : REGIONAL.test(key) ? "ИРО/ЦНППМ" : "иное");
  if (cache.size < 20_000) cache.set(provider, group);
  return group;
}
