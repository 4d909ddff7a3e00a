/**
 * References in a later input's formulas to its own sheets and tables renamed in the consolidated
 * output: only real references follow, never text that spells one.
 */
import { renameRefs, renameRefsEscaped, renameRefsInXml, RefRenames } from "../../../src/workbook/xlsx/formula-refs";

const renames: RefRenames = {
  sheets: new Map([
    ["сверка кадров", "Сверка кадров (O'Нил школа №2)"],
    ["кпк", "КПК (школа2)"],
    ["шк'2", "Шк'2 (2)"],
  ]),
  tables: new Map([["курсы", "Курсы_2"]]),
};
const ROSTER = "'Сверка кадров (O''Нил школа №2)'";

describe("renameRefs", () => {
  test.each([
    ["quoted", "VLOOKUP(B2,'Сверка кадров'!B:D,3,FALSE)", `VLOOKUP(B2,${ROSTER}!B:D,3,FALSE)`],
    ["unquoted", "КПК!E2*2", "'КПК (школа2)'!E2*2"],
    ["unquoted, whole columns", "COUNTIF(КПК!B:B,B2)", "COUNTIF('КПК (школа2)'!B:B,B2)"],
    ["whatever the case", "кпк!$E$2+'СВЕРКА КАДРОВ'!A1", `'КПК (школа2)'!$E$2+${ROSTER}!A1`],
    ["a quote inside the name", "'Шк''2'!A1", "'Шк''2 (2)'!A1"],
    ["a range with its sheet on both ends", "SUM(КПК!A1:КПК!B5)", "SUM('КПК (школа2)'!A1:'КПК (школа2)'!B5)"],
    ["a sheet's local name", "КПК!Итого", "'КПК (школа2)'!Итого"],
    ["a structured reference", "SUM(Курсы[Часы])+COUNT(курсы[[#This Row],[ФИО]])", "SUM(Курсы_2[Часы])+COUNT(Курсы_2[[#This Row],[ФИО]])"],
  ])("%s", (_what, formula, expected) => {
    expect(renameRefs(formula, renames)).toBe(expected);
  });

  test.each([
    ["text in quotes", `"'Сверка кадров'!"&B2&"КПК!E2"&"Курсы[Часы]"`],
    ["a quote doubled inside text", `"он сказал ""КПК!A1"""&КПК_итог`],
    ["sheets that were not renamed", "'Только Б'!A1+Лист1!B2+'КПК2'!A1"],
    ["another book's sheet", "[1]КПК!A1+'[2]Сверка кадров'!B2+'C:\\дир\\[кн.xlsx]КПК'!A1"],
    ["3D ranges", "SUM(Лист1:КПК!A1)+SUM('Лист1:КПК'!A1)"],
    ["error literals", "IF(#REF!,#N/A,#DIV/0!)+#NAME?"],
    ["a column named like a sheet", "Курсы_2[КПК]+Другая[Сверка кадров]+Таблица[[КПК]:[Часы]]"],
    ["a function or a defined name", "КПК(1)+КПК+Курсы"],
  ])("leaves %s as they are", (_what, formula) => {
    expect(renameRefs(formula, renames)).toBe(formula);
  });

  test("XML-escaped text is renamed and escaped back; untouched text keeps its bytes", () => {
    expect(renameRefsEscaped("VLOOKUP(B2,&apos;Сверка кадров&apos;!B:D,3,FALSE)&amp;&quot;!&quot;", renames)).toBe(
      "VLOOKUP(B2,&apos;Сверка кадров (O&apos;&apos;Нил школа №2)&apos;!B:D,3,FALSE)&amp;&quot;!&quot;",
    );
    // Written unescaped by some writers: left byte for byte when nothing in it is renamed.
    const raw = `IF(A1<>"",'Только Б'!A1,"")`;
    expect(renameRefsEscaped(raw, renames)).toBe(raw);
  });

  test("a sheet's XML: cells' (shared masters too), validations', conditional formats', extensions' formulas and links; not the cells' text", () => {
    const xml =
      '<worksheet><sheetData><row r="2">' +
      '<c r="H2" t="str"><f>VLOOKUP(B2,&apos;Сверка кадров&apos;!B:D,3,FALSE)</f><v>x</v></c>' +
      '<c r="I2"><f t="shared" ref="I2:I3" si="0">КПК!E2*2</f><v>2</v></c><c r="I3"><f t="shared" si="0"/><v>2</v></c>' +
      '<c r="J2" t="inlineStr"><is><t>&apos;Сверка кадров&apos;!B2</t></is></c>' +
      '<c r="K2"><x:f>КПК!A1</x:f></c>' +
      "</row></sheetData>" +
      '<conditionalFormatting sqref="E2:E3"><cfRule type="expression" priority="1"><formula>COUNTIF(&apos;Сверка кадров&apos;!$B:$B,$B2)=0</formula></cfRule></conditionalFormatting>' +
      '<dataValidations count="1"><dataValidation type="list" sqref="D2"><formula1>&apos;Сверка кадров&apos;!$D$2:$D$3</formula1></dataValidation></dataValidations>' +
      '<hyperlinks><hyperlink ref="N2" location="#&apos;Сверка кадров&apos;!A1" display="КПК!A1"/><hyperlink ref="N3" r:id="rId1"/></hyperlinks>' +
      '<extLst><ext><x14:dataValidations><x14:dataValidation><x14:formula1><xm:f>КПК!$A:$A</xm:f></x14:formula1><xm:sqref>КПК!A1</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst>' +
      "</worksheet>";
    const out = renameRefsInXml(xml, renames);
    const roster = "&apos;Сверка кадров (O&apos;&apos;Нил школа №2)&apos;";
    expect(out).toContain(`<f>VLOOKUP(B2,${roster}!B:D,3,FALSE)</f>`);
    expect(out).toContain('<f t="shared" ref="I2:I3" si="0">&apos;КПК (школа2)&apos;!E2*2</f><v>2</v></c><c r="I3"><f t="shared" si="0"/>');
    expect(out).toContain("<t>&apos;Сверка кадров&apos;!B2</t>");
    expect(out).toContain("<x:f>&apos;КПК (школа2)&apos;!A1</x:f>");
    expect(out).toContain(`<formula>COUNTIF(${roster}!$B:$B,$B2)=0</formula>`);
    expect(out).toContain(`<formula1>${roster}!$D$2:$D$3</formula1>`);
    expect(out).toContain(`<hyperlink ref="N2" location="#${roster}!A1" display="КПК!A1"/><hyperlink ref="N3" r:id="rId1"/>`);
    expect(out).toContain("<xm:f>&apos;КПК (школа2)&apos;!$A:$A</xm:f></x14:formula1><xm:sqref>КПК!A1</xm:sqref>");
  });

  test("nothing renamed: the same string", () => {
    const xml = "<worksheet><sheetData><row><c><f>КПК!A1</f></c></row></sheetData></worksheet>";
    expect(renameRefsInXml(xml, { sheets: new Map(), tables: new Map() })).toBe(xml);
  });
});
