/** The `template` use-case: the blank standard forms. The caller writes them with its host. */
import { FORMS } from "../domain/forms";
import { buildTemplatePlans } from "../report/template";
import { SheetPlan } from "../report/plan";

/** Who fills the blank: each school its own forms, the methodical service the municipality's answers. */
export type TemplateFor = "schools" | "municipality";

/**
 * The school blank leaves out «Сведения муниципалитета»: a school that filled it set the municipality's
 * answer (AL-1.4.1 «да» from one school), and every school that rightly left it empty was asked to fill it.
 */
export function buildTemplate(forWhom: TemplateFor = "schools"): SheetPlan[] {
  return buildTemplatePlans(FORMS.filter((f) => (f.id === "manual") === (forWhom === "municipality")));
}
