import { execFileSync } from "child_process";
import { copyFileSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { SheetPlan } from "../../../src/report/plan";
import { insertDrawingRef } from "../../../src/workbook/xlsx/charts";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/xlsx-workbook";
import { countColour, CSV_UTF8, describeWithLibreOffice, parseCsv, partNames, partText, pdfPageRgb, sofficeConvert, sofficeConvertRecalculated, tempDir } from "./support";

/**
 * A trend sheet as the report writes it. Hand-checked numbers: the share of teachers with courses
 * per year is 0.42, 0.55, 0.61; the target is 0.6; D8 = AVERAGE(B5:B7) = 1.58 / 3 = 0.52666…;
 * D9 = COUNTIF(B5:B7,">="&C5) = 1 (only 0.61 reaches 0.6).
 */
const TREND: SheetPlan = {
  name: "Динамика",
  rows: [
    [{ v: "Доля педагогов, прошедших КПК", style: "title" }],
    [],
    [],
    [{ v: "Период", style: "header" }, { v: "Значение", style: "header" }, { v: "Цель", style: "header" }],
    [{ v: "2021/2022" }, { v: 0.42, numFmt: "0%" }, { v: 0.6, numFmt: "0%" }],
    [{ v: "2022/2023" }, { v: 0.55, numFmt: "0%" }, { v: 0.6, numFmt: "0%" }],
    [{ v: "2023/2024" }, { v: { formula: "0.61", result: 0.61 }, numFmt: "0%" }, { v: 0.6, numFmt: "0%" }],
    [{ v: "Среднее" }, { v: null }, { v: null }, { v: { formula: "AVERAGE(B5:B7)", result: 1.58 / 3 }, numFmt: "0.00%" }],
    [{ v: "Лет с целью" }, { v: null }, { v: null }, { v: { formula: 'COUNTIF(B5:B7,">="&C5)', result: 1 } }],
  ],
  columnWidths: [14, 12, 10, 12],
  tables: [{ name: "Динамика", range: "A4:C7" }],
  charts: [
    {
      title: "Доля педагогов, прошедших КПК",
      type: "line",
      from: "F2",
      to: "N20",
      categories: "A5:A7",
      percent: true,
      series: [
        { name: "Муниципалитет", values: "B5:B7" },
        { name: "Цель", values: "C5:C7", dashed: true },
      ],
    },
  ],
};

async function writeTrend(dir: string, plans: SheetPlan[]): Promise<string> {
  const wb = XlsxWorkbook.blank({ registerOutput: true });
  await wb.applyPlans(plans);
  const p = join(dir, "динамика.xlsx");
  writeFileSync(p, await wb.toBuffer());
  return p;
}

describe("native line charts in the written package", () => {
  let buf: Buffer;
  beforeAll(async () => {
    buf = readFileSync(await writeTrend(tempDir(), [TREND]));
  });

  it("adds chart, drawing, their relationships and content types", async () => {
    const names = await partNames(buf);
    expect(names).toEqual(expect.arrayContaining(["xl/charts/chart1.xml", "xl/drawings/drawing1.xml", "xl/drawings/_rels/drawing1.xml.rels"]));
    const types = await partText(buf, "[Content_Types].xml");
    expect(types).toContain('PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"');
    expect(types).toContain('PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"');
    expect(await partText(buf, "xl/drawings/_rels/drawing1.xml.rels")).toContain('Target="../charts/chart1.xml"');
    const sheetRels = await partText(buf, "xl/worksheets/_rels/sheet1.xml.rels");
    const rid = /Id="(rId\d+)" Type="[^"]*\/drawing" Target="..\/drawings\/drawing1.xml"/.exec(sheetRels)?.[1];
    expect(rid).toBeDefined();
    // <drawing> must precede <tableParts> (CT_Worksheet order) or Excel repairs the file.
    const sheet = await partText(buf, "xl/worksheets/sheet1.xml");
    expect(sheet).toMatch(new RegExp(`<pageSetup[^>]*/><headerFooter>.*</headerFooter><drawing r:id="${rid}"/><tableParts`));
  });

  // Regression (QA, 24.11): count charts started their axis near the data (14,4–16,2 people: 16 → 15
  // looked like a collapse) with ticks at half a person, and share axes ran to 120 %.
  it("value axes start at 0; a share near 100 % stops there, a small count steps by whole people", async () => {
    // Shares of 42–61 %: the scale fits the data (no forced 100 %, which would flatten the line).
    const share = await partText(buf, "xl/charts/chart1.xml");
    expect(share).toMatch(/<c:valAx>.*<c:scaling><c:orientation val="minMax"\/><c:min val="0"\/><\/c:scaling>.*<c:numFmt formatCode="0%"/s);
    const high: SheetPlan = { ...TREND, rows: TREND.rows.map((r, i) => (i >= 4 && i <= 6 ? [r[0], { v: [0.85, 0.9, 0.95][i - 4] }, r[2]] : r)) };
    const near = await partText(readFileSync(await writeTrend(tempDir(), [high])), "xl/charts/chart1.xml");
    expect(near).toMatch(/<c:scaling><c:orientation val="minMax"\/><c:max val="1"\/><c:min val="0"\/><\/c:scaling>/);
    const counts: SheetPlan = {
      ...TREND,
      rows: TREND.rows.map((r, i) => (i >= 4 && i <= 6 ? [r[0], { v: [3, 4, 3][i - 4] }, { v: 5 }] : r)),
      charts: [{ ...TREND.charts![0], title: "Количество наставников", percent: false }],
    };
    const count = await partText(readFileSync(await writeTrend(tempDir(), [counts])), "xl/charts/chart1.xml");
    expect(count).toMatch(/<c:valAx>.*<c:scaling><c:orientation val="minMax"\/><c:min val="0"\/><\/c:scaling>.*<c:numFmt formatCode="0" sourceLinked="0"\/>.*<c:majorUnit val="1"\/><\/c:valAx>/s);
  });

  it("describes each series with its name, category and value ranges, and cached data", async () => {
    const chart = await partText(buf, "xl/charts/chart1.xml");
    expect(chart).toContain("<c:lineChart>");
    expect(chart.match(/<c:ser>/g)).toHaveLength(2);
    expect(chart).toContain("<c:tx><c:v>Муниципалитет</c:v></c:tx>");
    expect(chart).toContain("<c:f>&apos;Динамика&apos;!$A$5:$A$7</c:f>");
    expect(chart).toContain("<c:f>&apos;Динамика&apos;!$B$5:$B$7</c:f>");
    expect(chart).toContain('<c:pt idx="0"><c:v>2021/2022</c:v></c:pt>');
    expect(chart).toContain('<c:pt idx="2"><c:v>0.61</c:v></c:pt>');
    expect(chart).toContain('<a:prstDash val="dash"/>');
    expect(chart).toContain('<c:numFmt formatCode="0%" sourceLinked="0"/>');
    const drawing = await partText(buf, "xl/drawings/drawing1.xml");
    expect(drawing).toContain("<xdr:from><xdr:col>5</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row>");
    expect(drawing).toContain("<xdr:to><xdr:col>13</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>19</xdr:row>");
  });

  it("writes well-formed XML parts", async () => {
    const dir = tempDir();
    for (const part of ["xl/charts/chart1.xml", "xl/drawings/drawing1.xml", "xl/worksheets/sheet1.xml", "[Content_Types].xml"]) {
      const p = join(dir, part.replace(/[/[\]]/g, "_"));
      writeFileSync(p, await partText(buf, part));
      if (process.env.CI === "true" || hasXmllint()) execFileSync("xmllint", ["--noout", p]);
    }
  });

  it.each([
    ["before the first later element", "<worksheet><sheetData/><pageMargins/><legacyDrawing r:id=\"rId1\"/><tableParts/></worksheet>", "<pageMargins/><drawing r:id=\"rId9\"/><legacyDrawing"],
    ["at the end when nothing follows", "<worksheet><sheetData/><pageMargins/></worksheet>", "<pageMargins/><drawing r:id=\"rId9\"/></worksheet>"],
  ])("places <drawing> %s", (_what, xml, expected) => {
    expect(insertDrawingRef(xml, "rId9")).toContain(expected);
  });

  it("survives a re-run: the chart is written again, not duplicated", async () => {
    const dir = tempDir();
    const first = await writeTrend(dir, [TREND]);
    const again = await XlsxWorkbook.open([first]);
    await again.applyPlans([TREND]);
    const buf2 = await again.toBuffer();
    const charts = (await partNames(buf2)).filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n));
    expect(charts).toEqual(["xl/charts/chart1.xml"]);
  });
});

function hasXmllint(): boolean {
  try {
    execFileSync("sh", ["-c", "command -v xmllint"]);
    return true;
  } catch {
    return false;
  }
}

describeWithLibreOffice("LibreOffice opens the output", () => {
  const SERIES_BLUE = "4472C4";

  it("renders the chart: the page has the series colour where the chart is, and none without it", async () => {
    {
      const dir = tempDir();
      const withChart = await writeTrend(dir, [TREND]);
      const plainDir = tempDir();
      const withoutChart = await writeTrend(plainDir, [{ ...TREND, charts: [] }]);
      sofficeConvert(withChart, dir, "pdf");
      sofficeConvert(withoutChart, plainDir, "pdf");
      const page = pdfPageRgb(join(dir, "динамика.pdf"), 1, 60);
      const control = pdfPageRgb(join(plainDir, "динамика.pdf"), 1, 60);
      // A 2.25pt line across the plot at 60 dpi is a few hundred pixels; the table has no such blue.
      expect(countColour(page, SERIES_BLUE)).toBeGreaterThan(150);
      expect(countColour(control, SERIES_BLUE)).toBeLessThan(10);
      // The dashed target line in dark red.
      expect(countColour(page, "C00000")).toBeGreaterThan(50);
      // Keep a PNG for a human look (test output folder is printed on failure).
      execFileSync("pdftoppm", ["-png", "-r", "80", "-f", "1", "-l", "1", join(dir, "динамика.pdf"), join(dir, "page")]);
      if (process.env.METODIST_KEEP_PNG) copyFileSync(join(dir, "page-1.png"), process.env.METODIST_KEEP_PNG);
    }
  });

  it("recalculated formulas equal the cached results Metodist wrote", async () => {
    const dir = tempDir();
    const file = await writeTrend(dir, [TREND]);
    const out = join(dir, "csv");
    const files = sofficeConvertRecalculated(file, out, CSV_UTF8);
    const csvName = files.find((f) => f.endsWith("-Динамика.csv"));
    expect(csvName).toBeDefined();
    const rows = parseCsv(readFileSync(join(out, csvName!), "utf8"));
    // Formatted as in the cells: 0% and 0.00%; LibreOffice writes the Russian sheet name intact.
    // Rows are padded to the used range (4 columns).
    expect(rows[3].slice(0, 3)).toEqual(["Период", "Значение", "Цель"]);
    expect(rows[6].slice(0, 3)).toEqual(["2023/2024", "61%", "60%"]);
    expect(rows[7][3]).toBe("52.67%");
    expect(rows[8][3]).toBe("1");
  });
});
