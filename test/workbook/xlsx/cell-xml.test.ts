import { PlanCell } from "../../../src/report/plan";
import { hyperlinkFormula } from "../../../src/workbook/hyperlink";
import { CellXml } from "../../../src/workbook/xlsx/cell-xml";
import { CellStyleKey } from "../../../src/workbook/xlsx/styles";
import { esc } from "../../../src/workbook/xlsx/xml";

/** A workbook side that numbers looks and texts as it meets them, and remembers what it was asked. */
function workbook() {
  const looks: string[] = [];
  const texts: string[] = [];
  const asked = { styles: 0, strings: 0 };
  return {
    asked,
    texts,
    ctx: {
      style: (k: CellStyleKey) => {
        asked.styles++;
        const id = `${k.name}|${k.numFmt ?? ""}|${k.alignment?.wrapText ? "w" : ""}${k.alignment?.vertical ?? ""}`;
        if (!looks.includes(id)) looks.push(id);
        return looks.indexOf(id) + 1;
      },
      string: (t: string) => {
        asked.strings++;
        if (!texts.includes(t)) texts.push(t);
        return texts.indexOf(t);
      },
      date1904: false,
    },
  };
}

describe("CellXml: HYPERLINK formulas past the sheet's native links", () => {
  // The sheet's part of the formula is escaped once per target sheet; the result must be exactly the
  // escaped formula, whatever the sheet is called and whatever the link shows.
  const cases: [string, string, string | number][] = [
    ["Сверка кадров", "A8518", 8518],
    ["Сверка кадров", "A5", "5"],
    ["КПК 'старые'", "B12", 12],
    ['Лист "А" & Б', "C3", "текст с \"кавычками\" & <знаками>"],
    ["МАП", "$A$7", "7"],
    ["МАП", "A7", ""],
    ["МАП", "A7", "ж".repeat(300)],
    ["Д".repeat(31), "XFD1048576", 1048576],
  ];
  test.each(cases)("link to %s!%s showing %s", (sheet, cell, shown) => {
    const { ctx } = workbook();
    const xml = new CellXml(ctx).cell({ v: shown, style: "link", link: { sheet, cell } }, 7, "9", false, null, undefined);
    const f = esc(hyperlinkFormula(sheet, cell, String(shown)));
    expect(xml).toBe(`<c r="H9" s="1" t="str"><f>${f}</f><v>${esc(String(shown))}</v></c>`);
  });
});

describe("CellXml: what repeats down a column is worked out once", () => {
  test("the same school on many rows asks the workbook once, and every row names its own cell", () => {
    const { ctx, asked } = workbook();
    const cells = new CellXml(ctx);
    const school: PlanCell = { v: "МБОУ СОШ № 1" };
    const xml = [1, 2, 3, 4].map((r) => cells.cell(school, 1, String(r), false, null, undefined));
    expect(xml).toEqual([1, 2, 3, 4].map((r) => `<c r="B${r}" s="1" t="s"><v>0</v></c>`));
    expect(asked).toEqual({ styles: 1, strings: 1 });
  });

  test.each<[string, PlanCell, boolean]>([
    ["another text", { v: "МБОУ СОШ № 2" }, false],
    ["another look", { v: "МБОУ СОШ № 1", style: "muted" }, false],
    ["a number format", { v: "МБОУ СОШ № 1", numFmt: "@" }, false],
    ["wrapped", { v: "МБОУ СОШ № 1", wrap: true }, false],
    ["beside a wrapped neighbour", { v: "МБОУ СОШ № 1" }, true],
  ])("a cell with %s after it is written as itself", (_what, next, top) => {
    const plain = workbook();
    const fresh = new CellXml(plain.ctx).cell(next, 1, "3", top, null, undefined);
    const { ctx } = workbook();
    const cells = new CellXml(ctx);
    cells.cell({ v: "МБОУ СОШ № 1" }, 1, "2", false, null, undefined);
    // Same numbering of looks and texts as a fresh writer would give once both are known.
    const after = cells.cell(next, 1, "3", top, null, undefined);
    expect(after.replace(/ s="\d+"/, "").replace(/<v>\d+<\/v>/, "")).toBe(fresh.replace(/ s="\d+"/, "").replace(/<v>\d+<\/v>/, ""));
    expect(after).not.toBe(`<c r="B3" s="1" t="s"><v>0</v></c>`);
  });

  test("a text that looks like a formula stays text on a repeated row", () => {
    const { ctx, texts } = workbook();
    const cells = new CellXml(ctx);
    for (const r of ["2", "3"]) expect(cells.cell({ v: "=HYPERLINK(\"http://x\")" }, 0, r, false, null, undefined)).toBe(`<c r="A${r}" s="1" t="s"><v>0</v></c>`);
    expect(texts).toEqual(["=HYPERLINK(\"http://x\")"]);
  });
});
