import { foldWords } from "../text";
import { boundedMemo } from "../memo";

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

const keyOf = boundedMemo(20_000, (name: string): string => {
  const words = foldWords(name);
  const kept = words.filter((w) => !LEGAL_FORMS.has(w));
  // A name that is nothing but a legal form («МБОУ») keeps it rather than becoming empty.
  return (kept.length > 0 ? kept : words).join(" ");
});

export function schoolKey(name: string | null | undefined): string {
  return name ? keyOf(name) : "";
}
