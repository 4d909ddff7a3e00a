import { normalizePersonName } from "../normalize/person-name";

/**
 * «не найдена» for Петрова, «не найден» for Петров, «не найден(а)» when the name does not tell:
 * the message reads like a person wrote it without guessing wrongly.
 */
const FEMALE_PATRONYMIC = /(вна|чна|кызы|гызы)$/;
const MALE_PATRONYMIC = /(вич|ич|оглы|улы|уулу|угли)$/;
const FEMALE_SURNAME = /(ова|ева|ина|ына|ая|ская|цкая)$/;
const MALE_SURNAME = /(ов|ев|ин|ын|ий|ой|ский|цкий)$/;

export function notFoundWord(name: string): string {
  const n = normalizePersonName(name);
  const patronymic = n.full && n.given.length >= 2 ? n.given[n.given.length - 1] : "";
  if (FEMALE_PATRONYMIC.test(patronymic)) return "не найдена";
  if (MALE_PATRONYMIC.test(patronymic)) return "не найден";
  if (FEMALE_SURNAME.test(n.surname)) return "не найдена";
  if (MALE_SURNAME.test(n.surname)) return "не найден";
  return "не найден(а)";
}

function schoolPart(school: string | null): string {
  return school ? ` ОО „${school}“` : "";
}

export function unmatchedMessage(name: string, school: string | null): string {
  return `„${name.trim()}“ ${notFoundWord(name)} в сверке кадров${schoolPart(school)} — проверьте написание ФИО или добавьте работника в сверку`;
}

export function ambiguousMessage(name: string, school: string | null, count: number): string {
  return `„${name.trim()}“: в сверке кадров${schoolPart(school)} подходят ${count} ${workers(count)} — напишите ФИО полностью, чтобы было ясно, о ком речь`;
}

function workers(n: number): string {
  const mod10 = n % 10;
  const mod100 = n % 100;
  if (mod10 === 1 && mod100 !== 11) return "работник";
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return "работника";
  return "работников";
}

export function schoolMissingMessage(school: string): string {
  return `ОО „${school.trim()}“ нет в сверке кадров: ФИО из этого листа для этой ОО не с кем сверить — добавьте сверку кадров ОО или напишите её название так же, как в сверке`;
}
