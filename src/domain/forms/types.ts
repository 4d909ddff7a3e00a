/**
 * Standard forms as data (FORMS.md). Recognition, normalisation, validation, templates and the
 * example generator all read these tables; adding a header alias or a vocabulary word touches one
 * row here and nothing else.
 */

export type FormId = "roster" | "schools" | "courses" | "activities" | "diagnostics" | "mentoring" | "manual";

export type FieldType = "text" | "int" | "number" | "date" | "bool" | "enum" | "list";

/** One vocabulary entry: the canonical value (what the code and reports use) and accepted spellings. */
export interface EnumOption {
  readonly value: string;
  readonly aliases: readonly string[];
}

export interface FieldDef {
  readonly id: string;
  /** The header Metodist writes into templates and shows to people. */
  readonly header: string;
  /** Examples of wording seen in the wild; recognition generalises beyond them. */
  readonly aliases: readonly string[];
  readonly type: FieldType;
  readonly required?: boolean;
  /** Vocabulary for `enum` fields, and for `list` fields whose items come from a vocabulary. */
  readonly options?: readonly EnumOption[];
  readonly min?: number;
  readonly max?: number;
  /** An input hint for the template and for messages: how to fill the column. */
  readonly hint: string;
  /** True for fields that identify the form strongly (a sheet without them is not this form). */
  readonly key?: boolean;
}

export interface FormDef {
  readonly id: FormId;
  /** Russian title, as in the seeds. */
  readonly title: string;
  /** The sheet name used by templates and the consolidated example. */
  readonly sheetName: string;
  /** Words in a sheet name or a title row above the header that hint at this form. */
  readonly titleHints: readonly string[];
  readonly fields: readonly FieldDef[];
}
