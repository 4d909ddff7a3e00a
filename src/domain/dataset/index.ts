export { readFormRows } from "./read-rows";
export { buildDataset } from "./build-dataset";
export type { ReadSheet } from "./build-dataset";
export { staffCategoryOf, isYoungSpecialist, ageAt } from "./derive";
export { providerGroupOf } from "./provider-group";
