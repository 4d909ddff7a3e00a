import { INDICATORS, buildContext, evaluateOne } from "../../../src/domain/indicators";
import { academicYear } from "../../../src/domain/period";
import { HAND } from "../../fixtures/hand/dataset";
import { Dataset } from "../../../src/domain/records";
it("prof", () => {
  // scale hand dataset x 3000
  const roster = []; const courses = []; const activities = [];
  for (let k = 0; k < 3000; k++) {
    for (const r of HAND.roster) roster.push({ ...r, personId: r.personId + "_" + k });
    for (const c of HAND.courses) courses.push({ ...c, personId: c.personId && c.personId + "_" + k });
    for (const a of HAND.activities) activities.push({ ...a, personId: a.personId && a.personId + "_" + k });
  }
  const ds: Dataset = { ...HAND, roster, courses, activities };
  let t = performance.now();
  const ctx = buildContext(ds, academicYear(2023));
  console.log("ctx", performance.now() - t);
  const times: [string, number][] = [];
  for (const d of INDICATORS) { t = performance.now(); evaluateOne(d, ctx); times.push([d.id, performance.now() - t]); }
  times.sort((a, b) => b[1] - a[1]);
  console.log(times.slice(0, 8));
});
