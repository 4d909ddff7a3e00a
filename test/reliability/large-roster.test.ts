/**
 * The 200 000-row roster (a region's worth of teachers in one sheet) as an in-memory grid — not a
 * committed file. Check and compute must finish (no hang, no throw), find exactly the planted errors
 * at their cells, and count every worker.
 */
import { computeFromSheets } from "../../src/app/compute";
import { CellValue, SheetGrid } from "../../src/domain/grid";
import { parsePeriod } from "../../src/domain/period";
import { ROSTER_HEADER } from "../../scripts/bad-corpus/data";
import { TODAY } from "./support";

const ROWS = 200_000;
const PLANT_EVERY = 20_000;
/** 1 000 made-up surnames (three syllables + «ов») × 20 given names × 10 patronymics = 200 000 different people. */
const SYLLABLES = ["Ка", "Ло", "Ми", "Бе", "Ру", "Со", "Ти", "Да", "Не", "Жу"];
const GIVEN = ["Андрей", "Борис", "Виктор", "Глеб", "Денис", "Егор", "Игорь", "Кирилл", "Леонид", "Максим", "Никита", "Олег", "Павел", "Роман", "Семён", "Тимур", "Фёдор", "Юрий", "Яков", "Артём"];
const PATRONYMIC = ["Андреевич", "Борисович", "Викторович", "Глебович", "Денисович", "Егорович", "Игоревич", "Кириллович", "Леонидович", "Максимович"];
const CATEGORIES = ["высшая", "первая", "без категории", "соответствие занимаемой должности"];

/** Row i's data: a ФИО of its own, 1 000 workers per school, valid values throughout. */
function rosterGrid(): SheetGrid {
  const cells: CellValue[][] = [[...ROSTER_HEADER]];
  for (let i = 0; i < ROWS; i++) {
    const school = `МБОУ СОШ № ${Math.floor(i / 1000) + 1}`;
    const s = i % 1000;
    const surname = `${SYLLABLES[s % 10]}${SYLLABLES[Math.floor(s / 10) % 10].toLowerCase()}${SYLLABLES[Math.floor(s / 100)].toLowerCase()}ов`;
    const name = `${surname} ${GIVEN[Math.floor(i / 1000) % 20]} ${PATRONYMIC[Math.floor(i / 20000)]}`;
    const category = CATEGORIES[i % 4];
    const high = category === "высшая" || category === "первая";
    const planted = i % PLANT_EVERY === PLANT_EVERY - 1;
    cells.push([
      school, name, new Date(Date.UTC(1960 + (i % 35), i % 12, 1 + (i % 28))), "учитель", "математика", "высшее", "да", "да",
      planted ? "много" : 10, 12, category, high ? new Date(Date.UTC(2020, 1, 10)) : null, "основное", 18,
    ]);
  }
  return { file: "регион.xlsx", sheet: "Сверка кадров", cells };
}

test("a 200 000-row roster is checked and computed, with exactly the planted errors", () => {
  const grid = rosterGrid();
  const { check, indicators, plans } = computeFromSheets([grid], { today: TODAY, period: parsePeriod("2023/2024")!, presets: ["LK", "DZ"] });
  expect(check.sheets.map((s) => [s.form, s.rows])).toEqual([["roster", ROWS]]);
  const errors = check.issues.filter((i) => i.severity === "error");
  const planted = Array.from({ length: ROWS / PLANT_EVERY }, (_, j) => `I${(j + 1) * PLANT_EVERY + 1}`);
  expect(errors.map((i) => [i.rule, i.cell])).toEqual(planted.map((cell) => ["type.number", cell]));
  expect(check.dataset.roster).toHaveLength(ROWS);
  // Every worker is a different pedagogical worker: the share indicators count all of them.
  const first = indicators.find((r) => r.id === "LK-01");
  expect(first?.denominator).toBe(ROWS);
  expect(plans.length).toBeGreaterThan(0);
}, 600_000);
