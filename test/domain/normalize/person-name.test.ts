import { normalizePersonName, givenNamesAgree } from "../../../src/domain/normalize/person-name";

describe("ФИО", () => {
  test.each<[string, { display: string; key: string; full: boolean }]>([
    ["Иванова Анна Петровна", { display: "Иванова Анна Петровна", key: "иванова ап", full: true }],
    ["  иванова   анна\u00A0петровна ", { display: "Иванова Анна Петровна", key: "иванова ап", full: true }],
    ["ИВАНОВА АННА ПЕТРОВНА", { display: "Иванова Анна Петровна", key: "иванова ап", full: true }],
    ["Иванова А.П.", { display: "Иванова А.П.", key: "иванова ап", full: false }],
    ["Иванова А. П.", { display: "Иванова А.П.", key: "иванова ап", full: false }],
    ["Иванова АП", { display: "Иванова А.П.", key: "иванова ап", full: false }],
    ["А.П. Иванова", { display: "Иванова А.П.", key: "иванова ап", full: false }],
    ["Иванoва Анна Петровна", { display: "Иванова Анна Петровна", key: "иванова ап", full: true }], // Latin o
    ["Иванова A.П.", { display: "Иванова А.П.", key: "иванова ап", full: false }], // Latin A
    ["Алёшина Алёна Сергеевна", { display: "Алёшина Алёна Сергеевна", key: "алешина ас", full: true }],
    ["иванова-петрова анна", { display: "Иванова-Петрова Анна", key: "иванова-петрова а", full: true }],
    ["Мамедов Али Гасан оглы", { display: "Мамедов Али Гасан оглы", key: "мамедов аг", full: true }],
    ["Ким Ян", { display: "Ким Ян", key: "ким я", full: true }],
    ["Иванова", { display: "Иванова", key: "иванова", full: false }],
    ["Иванова Анна Петровна (декретный отпуск)", { display: "Иванова Анна Петровна", key: "иванова ап", full: true }],
    ["Иванова Анна Петровна, совместитель", { display: "Иванова Анна Петровна", key: "иванова ап", full: true }],
    ["Иванова, Анна Петровна", { display: "Иванова Анна Петровна", key: "иванова ап", full: true }],
    ["Иванова А.П. [внеш. совм.]", { display: "Иванова А.П.", key: "иванова ап", full: false }],
  ])("%p", (text, expected) => {
    expect(normalizePersonName(text)).toMatchObject(expected);
  });

  test("ё is folded in keys only", () => {
    const a = normalizePersonName("Алёшина Алёна Сергеевна");
    const b = normalizePersonName("Алешина Алена Сергеевна");
    expect(a.fullKey).toBe(b.fullKey);
    expect(a.display).not.toBe(b.display);
  });

  test("empty and punctuation-only names", () => {
    expect(normalizePersonName("  ").surname).toBe("");
    expect(normalizePersonName("—").key).toBe("");
  });

  test.each<[string, string, boolean]>([
    ["Иванова А.П.", "Иванова Анна Петровна", true],
    ["Иванова А.", "Иванова Анна Петровна", true],
    ["Иванова Анна", "Иванова Анна Петровна", true],
    ["Иванова А.С.", "Иванова Анна Петровна", false],
    ["Иванова Алла Петровна", "Иванова Анна Петровна", false],
  ])("%p and %p agree: %p", (a, b, agree) => {
    expect(givenNamesAgree(normalizePersonName(a).given, normalizePersonName(b).given)).toBe(agree);
  });
});
