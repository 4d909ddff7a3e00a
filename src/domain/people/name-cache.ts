import { PersonName, normalizePersonName } from "../normalize/person-name";
import { boundedMemo } from "../memo";

/** Event sheets repeat the same names many times; parse each spelling once. */
export const personName: (text: string) => PersonName = boundedMemo(100_000, normalizePersonName);
