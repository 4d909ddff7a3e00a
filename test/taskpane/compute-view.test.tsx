/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/components/App";
import { KEYS } from "../../src/taskpane/settings";
import { periodChoices } from "../../src/taskpane/periods";
import { ComputeOptions } from "../../src/app/types";
import { FakeHost, computeResult, heldAnswer } from "./fake-host";

/** The bar under the spinner (the spinner is a progressbar too, and never says how far). */
const bar = () => screen.getAllByRole("progressbar").find((el) => el.classList.contains("fui-ProgressBar"))!;

function openIndicators(host: FakeHost) {
  render(<App host={host} initialTab="compute" />);
}

describe("«Показатели» tab", () => {
  it("offers the five presets by name and academic years with the default period selected", () => {
    const host = new FakeHost();
    openIndicators(host);
    for (const label of ["LK — Ленинск-Кузнецкий муниципальный округ", "DZ — г. Дзержинск", "AL — МО город Алапаевск", "KL — Казачинско-Ленский муниципальный район", "BM — Большемурашкинский муниципальный район"]) {
      expect(screen.getByRole("checkbox", { name: label })).toBeInTheDocument();
    }
    expect(screen.getByRole("checkbox", { name: /^LK/ })).toBeChecked();
    // 15.10.2024 − 3 months = July 2024 → academic year 2023/2024.
    expect(screen.getByRole("combobox")).toHaveTextContent("2023/2024");
    expect(periodChoices("2024-10-15").map((p) => p.label)).toEqual(["2024/2025", "2023/2024", "2022/2023", "2021/2022", "2020/2021", "2019/2020", "2018/2019"]);
  });

  it("computes with the chosen presets and period, saves them, and shows the summary with sheet links", async () => {
    const host = new FakeHost();
    openIndicators(host);
    await userEvent.click(screen.getByRole("checkbox", { name: /^DZ/ }));
    await userEvent.click(screen.getByRole("combobox"));
    await userEvent.click(await screen.findByRole("option", { name: "2022/2023" }));
    await userEvent.click(screen.getByRole("button", { name: "Рассчитать" }));

    const summary = await screen.findByRole("status", { name: "Итоги расчёта" });
    expect(summary).toHaveTextContent("Показателей: 5");
    const items = within(summary).getAllByRole("listitem").map((li) => li.textContent);
    expect(items.slice(0, 4)).toEqual(["достигнуто: 2", "близко: 1", "не достигнуто: 1", "без оценки (нет цели или данных): 1"]);
    expect(summary).toHaveTextContent("лист «Показатели» уже есть в книге и не изменён");

    const opts = host.named("compute")[0].args[0] as ComputeOptions;
    expect(opts.presets).toEqual(["LK", "DZ"]);
    expect(opts.period?.label).toBe("2022/2023");
    expect(host.store.get(KEYS.presets)).toEqual(["LK", "DZ"]);
    expect(host.store.get(KEYS.period)).toBe("2022/2023");

    await userEvent.click(within(summary).getByRole("button", { name: "Показатели (2)" }));
    expect(host.named("select")).toEqual([{ name: "select", args: ["Показатели (2)", "A1"] }]);
  });

  it("remembers last-used presets and period from the document settings", () => {
    const host = new FakeHost();
    host.store.set(KEYS.presets, ["AL", "BM"]);
    host.store.set(KEYS.period, "2021/2022");
    openIndicators(host);
    expect(screen.getByRole("checkbox", { name: /^LK/ })).not.toBeChecked();
    expect(screen.getByRole("checkbox", { name: /^AL/ })).toBeChecked();
    expect(screen.getByRole("checkbox", { name: /^BM/ })).toBeChecked();
    expect(screen.getByRole("combobox")).toHaveTextContent("2021/2022");
  });

  it("shows a progress indicator while computing and disables the button", async () => {
    const host = new FakeHost();
    let finish: () => void = () => {};
    host.computeAnswer = () => new Promise((resolve) => (finish = () => resolve(computeResultLater())));
    const { computeResult: computeResultLater } = jest.requireActual("./fake-host");
    openIndicators(host);
    await userEvent.click(screen.getByRole("button", { name: "Рассчитать" }));
    expect(screen.getAllByRole("progressbar").length).toBeGreaterThan(0);
    expect(screen.getByText("Чтение листов и расчёт показателей…")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Рассчитать" })).toBeDisabled();
    finish();
    await screen.findByRole("status", { name: "Итоги расчёта" });
    expect(screen.queryAllByRole("progressbar")).toHaveLength(0);
  });

  it("names each step while it runs and fills the bar as the report sheets are written", async () => {
    const host = new FakeHost();
    const { answer, report, finish } = heldAnswer(computeResult);
    host.computeAnswer = answer;
    openIndicators(host);
    await userEvent.click(screen.getByRole("button", { name: "Рассчитать" }));

    await act(() => report({ step: "indicators" }));
    expect(screen.getByText("Шаг 3 из 5. Расчёт показателей…")).toBeInTheDocument();
    // The engine's steps count nothing: the bar moves on its own.
    expect(bar()).not.toHaveAttribute("aria-valuenow");

    await act(() => report({ step: "write", done: 120_000, total: 237_089 }));
    expect(screen.getByText("Шаг 5 из 5. Запись листов отчёта: 120 000 из 237 089 строк…")).toBeInTheDocument();
    expect(Number(bar().getAttribute("aria-valuenow"))).toBeCloseTo(120_000 / 237_089, 5);

    await act(async () => finish());
    await screen.findByRole("status", { name: "Итоги расчёта" });
    expect(screen.queryAllByRole("progressbar")).toHaveLength(0);

    // The next run starts from its first step, not from where the last one ended.
    host.computeAnswer = () => new Promise(() => {});
    await userEvent.click(screen.getByRole("button", { name: "Рассчитать" }));
    expect(screen.getByText("Чтение листов и расчёт показателей…")).toBeInTheDocument();
  });

  it("«Остановить» while it reads or counts: the run's signal is aborted, and the pane says the workbook is unchanged", async () => {
    const host = new FakeHost();
    const held = heldAnswer(computeResult);
    host.computeAnswer = held.answer;
    openIndicators(host);
    await userEvent.click(screen.getByRole("button", { name: "Рассчитать" }));
    // Offered from the first moment (the read of a region's workbook is the longest step).
    expect(screen.getByRole("button", { name: "Остановить" })).toBeEnabled();
    await act(() => held.report({ step: "indicators" }));
    expect(held.signal()?.aborted).toBe(false);

    await userEvent.click(screen.getByRole("button", { name: "Остановить" }));
    expect(held.signal()?.aborted).toBe(true);
    // The engine stops at its next step: until then the click is shown as heard.
    expect(screen.getByRole("button", { name: "Останавливается…" })).toBeDisabled();

    await act(async () => held.stopped());
    expect(await screen.findByText("Расчёт остановлен.")).toBeInTheDocument();
    expect(screen.getByText(/Листы книги не изменены/)).toBeInTheDocument();
    expect(screen.queryByText(/Не удалось/)).not.toBeInTheDocument();
    expect(screen.queryAllByRole("progressbar")).toHaveLength(0);
    expect(screen.queryByRole("status", { name: "Итоги расчёта" })).not.toBeInTheDocument();

    // The next run gets a fresh signal and a live button, and the notice goes.
    const next = heldAnswer(computeResult);
    host.computeAnswer = next.answer;
    await userEvent.click(screen.getByRole("button", { name: "Рассчитать" }));
    expect(next.signal()?.aborted).toBe(false);
    expect(screen.getByRole("button", { name: "Остановить" })).toBeEnabled();
    expect(screen.queryByText("Расчёт остановлен.")).not.toBeInTheDocument();
    await act(async () => next.finish());
    await screen.findByRole("status", { name: "Итоги расчёта" });
  });

  it("offers no «Остановить» once the sheets are being written (half-written sheets help no one)", async () => {
    const host = new FakeHost();
    const held = heldAnswer(computeResult);
    host.computeAnswer = held.answer;
    openIndicators(host);
    await userEvent.click(screen.getByRole("button", { name: "Рассчитать" }));
    await act(() => held.report({ step: "plans" }));
    expect(screen.getByRole("button", { name: "Остановить" })).toBeInTheDocument();
    await act(() => held.report({ step: "write", done: 0, total: 1000 }));
    expect(screen.queryByRole("button", { name: "Остановить" })).not.toBeInTheDocument();
    await act(async () => held.finish());
    await screen.findByRole("status", { name: "Итоги расчёта" });
  });

  it("refuses to compute with no preset and explains why", async () => {
    const host = new FakeHost();
    openIndicators(host);
    await userEvent.click(screen.getByRole("checkbox", { name: /^LK/ }));
    expect(screen.getByRole("button", { name: "Рассчитать" })).toBeDisabled();
    expect(screen.getByText(/Отметьте хотя бы один набор/)).toBeInTheDocument();
  });

  it("names what an old Excel could not do, after a successful compute", async () => {
    const host = new FakeHost();
    host.warningText = "Эта версия Excel поддерживает не всё: цветовые шкалы (нужен ExcelApi 1.6).";
    openIndicators(host);
    await userEvent.click(screen.getByRole("button", { name: "Рассчитать" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("цветовые шкалы (нужен ExcelApi 1.6)");
  });

  it("keeps a saved period outside the usual list (a calendar year) and computes with it", async () => {
    const host = new FakeHost();
    host.store.set(KEYS.period, "2016");
    openIndicators(host);
    expect(screen.getByRole("combobox")).toHaveTextContent("2016");
    await userEvent.click(screen.getByRole("button", { name: "Рассчитать" }));
    await screen.findByRole("status", { name: "Итоги расчёта" });
    expect((host.named("compute")[0].args[0] as ComputeOptions).period).toEqual({ label: "2016", start: "2016-01-01", end: "2016-12-31" });
  });
});
