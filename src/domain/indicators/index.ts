/** The indicator library: presets as data, one evaluator, targets and status. */
export { evaluate, evaluateOne, evaluateSteps } from "./evaluate";
export { PRESETS, INDICATORS } from "./presets";
export type { PresetInfo } from "./presets";
export { buildContext } from "./context";
export type { EvalContext } from "./context";
export type { IndicatorDef, Calc, Condition, Population } from "./def";
export { statusOf, round1, percent } from "./status";
export type * from "./types";
