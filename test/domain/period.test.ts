import { defaultPeriod, parsePeriod, lastThreeYears, inPeriod } from "../../src/domain/period";
import { isoFromSerial, serialFromIso, fullYears } from "../../src/domain/dates";

describe("reporting period", () => {
  test.each([
    ["2023/2024", { label: "2023/2024", start: "2023-09-01", end: "2024-08-31" }],
    ["2023-2024", { label: "2023/2024", start: "2023-09-01", end: "2024-08-31" }],
    ["2023/24", { label: "2023/2024", start: "2023-09-01", end: "2024-08-31" }],
    ["2024", { label: "2024", start: "2024-01-01", end: "2024-12-31" }],
  ])("parses %s", (text, expected) => expect(parsePeriod(text)).toEqual(expected));

  test.each(["2023/2025", "23/24", "год", ""])("rejects %s", (text) => expect(parsePeriod(text)).toBeNull());

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
  test("age in full years", () => {
    expect(fullYears("1990-05-10", "2024-05-09")).toBe(33);
    expect(fullYears("1990-05-10", "2024-05-10")).toBe(34);
  });
});
