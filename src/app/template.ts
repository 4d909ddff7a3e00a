/** The `template` use-case: the blank standard forms for schools. The caller writes them with its host. */
import { buildTemplatePlans } from "../report/template";
import { SheetPlan } from "../report/plan";

export function buildTemplate(): SheetPlan[] {
  return buildTemplatePlans();
}
