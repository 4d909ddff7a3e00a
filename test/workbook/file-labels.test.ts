import * as path from "path";
import { fileLabels } from "../../src/workbook/file-labels";

describe("fileLabels: each input named so that two of them are never one", () => {
  test.each([
    ["distinct names: the name alone", ["/d/школа1.xlsx", "/d/школа2.xlsx"], ["школа1.xlsx", "школа2.xlsx"]],
    // Regression (QA, 24.11): both files' issues came under one heading «Мониторинг.xlsx».
    ["the same name in two folders: one folder more", ["/in/a/Мониторинг.xlsx", "/in/b/Мониторинг.xlsx", "/in/b/школа.xlsx"], ["a/Мониторинг.xlsx", "b/Мониторинг.xlsx", "школа.xlsx"]],
    ["the same folder name too: as many folders as it takes", ["/2023/a/М.xlsx", "/2024/a/М.xlsx"], ["2023/a/М.xlsx", "2024/a/М.xlsx"]],
    ["names differing only in case are the same name on Windows", ["/x/Школа.xlsx", "/y/школа.xlsx"], ["x/Школа.xlsx", "y/школа.xlsx"]],
  ])("%s", (_what, paths, labels) => {
    expect(fileLabels(paths.map((p) => path.normalize(p)))).toEqual(labels);
  });

  test("relative paths are told apart by their folders", () => {
    const labels = fileLabels(["a/Мониторинг.xlsx", "b/Мониторинг.xlsx"]);
    expect(labels).toEqual(["a/Мониторинг.xlsx", "b/Мониторинг.xlsx"]);
  });
});
