/**
 * Header → field scoring. Every form's headers and aliases are tokenised once at module load into a
 * small vocabulary with per-form word weights (a word that several fields share, like «дата» in the
 * courses form, tells less than «окончания»); a header is then scored against each field by weighted
 * word overlap: how much of one of the field's phrasings it covers, and how much of the header the
 * field's words explain.
 */
import { FORMS } from "../forms";
import { FieldDef, FormDef, FormId } from "../forms/types";
import { BRACKET_FACTOR, HeaderToken, isSerialHeader, tokenizeHeader } from "./tokens";
import { SAME_WORD, wordSimilarity } from "./similarity";
import { boundedMemo } from "../memo";

/** A header matches a field from this score on (0…1). */
export const MATCH_THRESHOLD = 0.55;
/** Two fields whose scores for one header differ by no more than this are a tie: the column is ambiguous. */
export const AMBIGUITY_MARGIN = 0.05;
/** From this share of the header in words of one field only, the header is taken to name that field. */
const DISTINCTIVE_SHARE = 0.75;
/** Weight of a header word the form does not know at all («примечание» next to «ФИО»). */
const UNKNOWN_WORD_WEIGHT = 0.6;

export interface FieldScore {
  readonly field: string;
  readonly score: number;
  /** Share of the field's best phrasing the header contains (1: the header says all of it). */
  readonly coverage: number;
  /** Share of the header the field's words explain (1: nothing in the header points elsewhere). */
  readonly precision: number;
}

interface Phrase {
  readonly vocab: readonly number[];
  readonly weights: readonly number[];
  readonly total: number;
}

interface FieldIndex {
  readonly field: FieldDef;
  readonly phrases: readonly Phrase[];
  /** Every vocabulary word of all the field's phrasings. */
  readonly words: ReadonlySet<number>;
}

interface FormIndex {
  readonly form: FormDef;
  readonly vocab: readonly string[];
  /** 1 for a word only one field uses, less the more fields share it. */
  readonly vocabWeight: readonly number[];
  readonly fields: readonly FieldIndex[];
  /** Vocabulary ids by first letter: words that start differently are never alike (no stem, prefix or tail typo joins them). */
  readonly byInitial: ReadonlyMap<string, readonly number[]>;
  /** word → its non-zero similarities to the vocabulary, as [vocab id, similarity] pairs. */
  readonly wordSims: Map<string, readonly (readonly [number, number])[]>;
  readonly cache: Map<string, readonly FieldScore[]>;
}

function phrasesOf(field: FieldDef): string[] {
  return [field.header, ...field.aliases];
}

/** Full words of all standard headers: such a word is never read as an abbreviation of a longer one. */
const FULL_WORDS: ReadonlySet<string> = new Set(
  FORMS.flatMap((form) => form.fields.flatMap((f) => phrasesOf(f).flatMap((p) => tokenizeHeader(p).filter((t) => !t.abbreviated).map((t) => t.text)))),
);
const isFullWord = (w: string): boolean => FULL_WORDS.has(w);

export function similarity(a: string, b: string): number {
  return wordSimilarity(a, b, isFullWord);
}

function buildIndex(form: FormDef): FormIndex {
  const vocab: string[] = [];
  const idOf = new Map<string, number>();
  const fieldTokens = form.fields.map((f) => phrasesOf(f).map((p) => tokenizeHeader(p)));
  for (const phrases of fieldTokens) {
    for (const tokens of phrases) {
      for (const t of tokens) {
        if (!idOf.has(t.text)) {
          idOf.set(t.text, vocab.length);
          vocab.push(t.text);
        }
      }
    }
  }
  const fieldWords = fieldTokens.map((phrases) => new Set(phrases.flatMap((ts) => ts.map((t) => idOf.get(t.text) as number))));
  const vocabWeight = vocab.map((word) => {
    let df = 0;
    for (const words of fieldWords) {
      for (const id of words) {
        if (similarity(word, vocab[id]) >= SAME_WORD) {
          df++;
          break;
        }
      }
    }
    return 1 / (1 + 0.5 * Math.max(0, df - 1));
  });
  const fields = form.fields.map((field, i): FieldIndex => ({
    field,
    words: fieldWords[i],
    phrases: fieldTokens[i].map((tokens) => {
      const ids = tokens.map((t) => idOf.get(t.text) as number);
      const weights = tokens.map((t, k) => t.base * (t.bracket ? BRACKET_FACTOR : 1) * vocabWeight[ids[k]]);
      return { vocab: ids, weights, total: weights.reduce((a, b) => a + b, 0) };
    }),
  }));
  const byInitial = new Map<string, number[]>();
  vocab.forEach((word, id) => {
    const list = byInitial.get(word[0]) ?? [];
    list.push(id);
    byInitial.set(word[0], list);
  });
  return { form, vocab, vocabWeight, fields, byInitial, wordSims: new Map(), cache: new Map() };
}

const indexes = new WeakMap<FormDef, FormIndex>();
for (const form of FORMS) indexes.set(form, buildIndex(form));

function indexOf(form: FormDef): FormIndex {
  let index = indexes.get(form);
  if (!index) {
    index = buildIndex(form);
    indexes.set(form, index);
  }
  return index;
}

const tokensOf: (text: string) => HeaderToken[] = boundedMemo(20_000, tokenizeHeader);

const round3 = (x: number): number => Math.round(x * 1000) / 1000;

function wordSimilarities(word: string, index: FormIndex): readonly (readonly [number, number])[] {
  let list = index.wordSims.get(word);
  if (!list) {
    const found: [number, number][] = [];
    for (const v of index.byInitial.get(word[0]) ?? []) {
      const sim = similarity(word, index.vocab[v]);
      if (sim > 0) found.push([v, sim]);
    }
    list = found;
    if (index.wordSims.size > 50_000) index.wordSims.clear();
    index.wordSims.set(word, list);
  }
  return list;
}

function computeScores(tokens: readonly HeaderToken[], index: FormIndex): FieldScore[] {
  if (tokens.length === 0 || isSerialHeader(tokens)) return [];
  const sparse = tokens.map((t) => wordSimilarities(t.text, index));
  if (sparse.every((list) => list.length === 0)) return [];
  // sims[i][v]: header word i against vocabulary word v.
  const sims = sparse.map((list) => {
    const row = new Array<number>(index.vocab.length).fill(0);
    for (const [v, sim] of list) row[v] = sim;
    return row;
  });
  const headerWeights = tokens.map((t, i) => {
    let best = 0;
    let weight = UNKNOWN_WORD_WEIGHT;
    sims[i].forEach((s, v) => {
      if (s >= SAME_WORD && s > best) {
        best = s;
        weight = index.vocabWeight[v];
      }
    });
    return t.base * (t.bracket ? BRACKET_FACTOR : 1) * weight;
  });
  const headerTotal = headerWeights.reduce((a, b) => a + b, 0);
  if (headerTotal === 0) return [];
  // A header word that only one field of the form uses points at that field («Совместитель» → employment).
  const distinctive = new Map<number, number>();
  tokens.forEach((_, i) => {
    let owner = -1;
    for (let fi = 0; fi < index.fields.length; fi++) {
      let hit = false;
      for (const v of index.fields[fi].words) {
        if (sims[i][v] >= SAME_WORD) {
          hit = true;
          break;
        }
      }
      if (!hit) continue;
      if (owner !== -1) return;
      owner = fi;
    }
    if (owner !== -1) distinctive.set(owner, (distinctive.get(owner) ?? 0) + headerWeights[i]);
  });
  const scores: FieldScore[] = [];
  for (let fi = 0; fi < index.fields.length; fi++) {
    const f = index.fields[fi];
    // Precision: how much of the header the field's words (any phrasing) explain.
    let explained = 0;
    tokens.forEach((_, i) => {
      let best = 0;
      for (const v of f.words) if (sims[i][v] > best) best = sims[i][v];
      explained += headerWeights[i] * best;
    });
    const precision = explained / headerTotal;
    // Coverage: how much of the best phrasing the header contains.
    let coverage = 0;
    for (const p of f.phrases) {
      if (p.total === 0) continue;
      let covered = 0;
      p.vocab.forEach((v, k) => {
        let best = 0;
        for (let i = 0; i < tokens.length; i++) if (sims[i][v] > best) best = sims[i][v];
        covered += p.weights[k] * best;
      });
      coverage = Math.max(coverage, covered / p.total);
    }
    let score = coverage * (0.5 + 0.5 * precision);
    // Words of this field only: the header names the field briefly rather than in full.
    const own = (distinctive.get(fi) ?? 0) / headerTotal;
    if (own >= DISTINCTIVE_SHARE) score = Math.max(score, 0.6 * own + 0.4 * coverage);
    if (score > 0) scores.push({ field: f.field.id, score: round3(score), coverage: round3(coverage), precision: round3(precision) });
  }
  return scores.sort((a, b) => b.score - a.score);
}

/** Every field of the form that the header resembles, best first (scores 0…1, unfiltered). */
export function scoreHeader(text: string, form: FormDef): readonly FieldScore[] {
  const index = indexOf(form);
  let scores = index.cache.get(text);
  if (!scores) {
    scores = computeScores(tokensOf(text), index);
    if (index.cache.size > 20_000) index.cache.clear();
    index.cache.set(text, scores);
  }
  return scores;
}

/** The field of `form` one header text stands for, or null when none matches well enough («№ п/п», «Примечание»). */
export function matchHeader(text: string, form: FormDef): { field: string; score: number } | null {
  const best = scoreHeader(text, form)[0];
  return best && best.score >= MATCH_THRESHOLD ? { field: best.field, score: best.score } : null;
}

/** The best field of every form for one header text, best first (only matches above the threshold). */
export function scoreHeaderAgainstForms(text: string): { form: FormId; field: string; score: number }[] {
  const out: { form: FormId; field: string; score: number }[] = [];
  for (const form of FORMS) {
    const m = matchHeader(text, form);
    if (m) out.push({ form: form.id, ...m });
  }
  return out.sort((a, b) => b.score - a.score);
}
