/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen } from "@testing-library/react";
import { LAST_COMMAND } from "../../src/taskpane/settings";

/**
 * The manifest lets Excel with ExcelApi 1.4–1.6 load Metodist, but reading, writing and the registry need
 * 1.7 (Range getRangeByIndexes): there the pane shows what is needed instead of its buttons, and the ribbon
 * buttons answer the same instead of failing with a technical error. Both entries run as Office loads them:
 * a fake `Office` global, then the module itself.
 */
const NEEDED = /Нужен Excel 2021, Excel 2024, Microsoft 365 или Excel в браузере/;
const WHAT_TO_DO = /Откройте книгу в Excel в браузере или проверьте её на компьютере командой npx metodist\./;

function fakeOffice(supported: string) {
  const saved = new Map<string, unknown>();
  const handlers = new Map<string, (event: { completed: () => void }) => void>();
  const isSetSupported = jest.fn((name: string, version: string) => name === "ExcelApi" && Number(version.split(".")[1]) <= Number(supported.split(".")[1]));
  const office = {
    HostType: { Excel: "Excel" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    onReady: (ready: (info: { host: string }) => void) => {
      ready({ host: "Excel" });
      return Promise.resolve({ host: "Excel" });
    },
    actions: { associate: (name: string, handler: (event: { completed: () => void }) => void) => handlers.set(name, handler) },
    context: {
      requirements: { isSetSupported },
      officeTheme: undefined,
      document: {
        url: "C:\\Мониторинг.xlsx",
        settings: {
          get: (k: string) => (saved.has(k) ? saved.get(k) : null),
          set: (k: string, v: unknown) => saved.set(k, v),
          saveAsync: (cb: (r: { status: string }) => void) => cb({ status: "succeeded" }),
          refreshAsync: (cb: () => void) => cb(),
        },
      },
    },
  };
  const excelRun = jest.fn(() => Promise.reject(new Error("getRangeByIndexes is not a function")));
  Object.assign(globalThis, { Office: office, Excel: { run: excelRun } });
  return { saved, handlers, excelRun, isSetSupported };
}

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
  delete (globalThis as { Excel?: unknown }).Excel;
  document.body.innerHTML = "";
  window.localStorage.clear();
});

async function openPane() {
  document.body.innerHTML = '<div id="container"></div>';
  // A fresh module registry runs the entry again; act must come from the same React the entry renders with.
  jest.resetModules();
  const { act } = await import("react");
  await act(async () => {
    await import("../../src/taskpane/index");
  });
}

describe("Excel without ExcelApi 1.7", () => {
  it("the pane shows what Excel is needed and what to do, instead of its buttons", async () => {
    const office = fakeOffice("1.6");
    await openPane();
    expect(await screen.findByText("Эта версия Excel не подходит для «Методиста».")).toBeInTheDocument();
    expect(screen.getByRole("alert")).toHaveTextContent(NEEDED);
    expect(screen.getByRole("alert")).toHaveTextContent(WHAT_TO_DO);
    expect(screen.queryByRole("button", { name: "Проверить книгу" })).not.toBeInTheDocument();
    expect(screen.queryByRole("tab")).not.toBeInTheDocument();
    expect(office.isSetSupported).toHaveBeenCalledWith("ExcelApi", "1.7");
  });

  it("with ExcelApi 1.7 the pane opens as usual", async () => {
    fakeOffice("1.7");
    await openPane();
    expect(await screen.findByRole("button", { name: "Проверить книгу" })).toBeEnabled();
    expect(screen.queryByText(/Эта версия Excel не подходит/)).not.toBeInTheDocument();
  });

  it.each(["checkWorkbook", "computeIndicators"])("the ribbon's %s answers the same message, without touching the workbook", async (name) => {
    const office = fakeOffice("1.4");
    jest.resetModules();
    await import("../../src/commands/commands");
    const completed = jest.fn();
    office.handlers.get(name)!({ completed });
    await new Promise((r) => setTimeout(r, 0));
    expect(completed).toHaveBeenCalledTimes(1);
    expect(office.excelRun).not.toHaveBeenCalled();
    const message = office.saved.get(LAST_COMMAND);
    expect(message).toMatch(/^Эта версия Excel не подходит для «Методиста»\. /);
    expect(message).toMatch(NEEDED);
    expect(message).toMatch(WHAT_TO_DO);
  });
});
