import { defaultPeriod, parsePeriod, lastThreeYears, inPeriod } from "../../src/domain/period";
import { isoFromSerial, serialFromIso, fullYears, formatRu, isoFromParts } from "../../src/domain/dates";

describe("reporting period", () => {
  test.each([
    ["2023/2024", { label: "2023/2024", start: "2023-09-01", end: "2024-08-31" }],
    ["2023-2024", { label: "2023/2024", start: "2023-09-01", end: "2024-08-31" }],
    ["2023/24", { label: "2023/2024", start: "2023-09-01", end: "2024-08-31" }],
    ["2024", { label: "2024", start: "2024-01-01", end: "2024-12-31" }],
  ])("parses %s", (text, expected) => expect(parsePeriod(text)).toEqual(expected));

  test.each(["2023/2025", "23/24", "год", ""])("rejects %s", (text) => expect(parsePeriod(text)).toBeNull());
  // Regression (QA, 24.11): «--period 3000» was taken, and every date of the data fell outside it.
  test.each(["3000", "3000/3001", "1023/1024", "1989"])("rejects the implausible year %s", (text) => expect(parsePeriod(text)).toBeNull());
  test.each(["1990", "2100", "2099/2100"])("keeps the edge %s", (text) => expect(parsePeriod(text)).not.toBeNull());

  test("default is the academic year containing today minus three months", () => {
    expect(defaultPeriod("2026-11-22").label).toBe("2025/2026");
    expect(defaultPeriod("2026-06-15").label).toBe("2025/2026");
    expect(defaultPeriod("2026-12-01").label).toBe("2026/2027");
    expect(defaultPeriod("2026-08-31").label).toBe("2025/2026");
  });

  test("three last years end at the period end", () => {
    const p = parsePeriod("2023/2024")!;
    expect(lastThreeYears(p)).toMatchObject({ start: "2021-09-01", end: "2024-08-31" });
    expect(inPeriod("2024-08-31", p)).toBe(true);
    expect(inPeriod("2024-09-01", p)).toBe(false);
    expect(inPeriod(null, p)).toBe(false);
  });
});

describe("Excel serial dates", () => {
  test.each([
    [1, "1900-01-01"],
    [59, "1900-02-28"],
    [61, "1900-03-01"],
    [45000, "2023-03-15"],
    [36526, "2000-01-01"],
  ])("serial %d is %s", (serial, iso) => {
    expect(isoFromSerial(serial)).toBe(iso);
    expect(serialFromIso(iso)).toBe(serial);
  });
  test.each([
    ["1990-05-10", "2024-05-09", 33],
    ["1990-05-10", "2024-05-10", 34],
    ["1990-12-31", "2024-01-01", 33],
    ["1990-01-01", "2024-12-31", 34],
    // Born on 29 February: a year older on 1 March of a common year, not on 28 February.
    ["2000-02-29", "2023-02-28", 22],
    ["2000-02-29", "2023-03-01", 23],
    ["2000-02-29", "2024-02-29", 24],
  ])("born %s: on %s aged %d full years", (birth, on, age) => {
    expect(fullYears(birth, on)).toBe(age);
  });
  test.each([
    [2024, 2, 29, "2024-02-29"],
    [2000, 2, 29, "2000-02-29"],
    [2023, 2, 29, null],
    [1900, 2, 29, null],
    [2023, 4, 31, null],
    [2023, 12, 31, "2023-12-31"],
    [2023, 13, 1, null],
    [2023, 1, 0, null],
    [2023.5, 1, 1, null],
    [50, 1, 1, "0050-01-01"],
    [0, 1, 1, null],
  ])("year %d, month %d, day %d is %s", (y, m, d, iso) => {
    expect(isoFromParts(y, m, d)).toBe(iso);
  });
  test.each([
    ["2023-09-01", "01.09.2023"],
    ["0999-12-31", "31.12.0999"],
  ])("%s is shown as %s", (iso, ru) => {
    expect(formatRu(iso)).toBe(ru);
  });
});
