import { foldWords } from "../text";

/**
 * School names compare without case, quotes, «№», spacing and the legal-form abbreviation:
 * «МБОУ СОШ №1» ≡ «мбоу сош № 1» ≡ «МБОУ "СОШ № 1"» ≡ «СОШ №1». Schools fill the «ОО» column by
 * hand in every sheet, and the legal form (МБОУ/МАОУ…) is the part most often left out or changed
 * after a reorganisation; two schools of one municipality never differ by it alone.
 * Memoised: a region repeats a few hundred names a million times.
 */
const LEGAL_FORMS: ReadonlySet<string> = new Set([
  "мбоу", "маоу", "мкоу", "моу", "мбдоу", "мадоу", "мкдоу", "мдоу", "мбу", "мау", "мку", "мбудо", "маудо", "мкудо",
  "моудо", "мбоудо", "маоудо", "гбоу", "гаоу", "гкоу", "гоу", "гбпоу", "гапоу", "гпоу", "чоу", "нчоу", "ано", "оу",
]);

const cache = new Map<string, string>();
const LIMIT = 20_000;

export function schoolKey(name: string | null | undefined): string {
  if (!name) return "";
  const hit = cache.get(name);
  if (hit !== undefined) return hit;
  const words = foldWords(name);
  const kept = words.filter((w) => !LEGAL_FORMS.has(w));
  // A name that is nothing but a legal form («МБОУ») keeps it rather than becoming empty.
  const k = (kept.length > 0 ? kept : words).join(" ");
  if (cache.size >= LIMIT) cache.clear();
  cache.set(name, k);
  return k;
}
