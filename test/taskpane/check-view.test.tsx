/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/components/App";
import { KEYS } from "../../src/taskpane/settings";
import { CheckOptions, Highlighted } from "../../src/app/types";
import { FakeHost, checkResult, heldAnswer } from "./fake-host";

async function runCheck(host: FakeHost) {
  render(<App host={host} />);
  await userEvent.click(screen.getByRole("button", { name: "Проверить книгу" }));
  await screen.findByText(/Распознано листов: 2/);
}

describe("«Проверка» tab", () => {
  it("lists recognised sheets with form, confidence and a weak badge, and the unrecognised ones", async () => {
    const host = new FakeHost();
    await runCheck(host);
    expect(screen.getByText(/Ошибок: 2, предупреждений: 1/)).toBeInTheDocument();
    expect(screen.getByText("«Сверка»").parentElement).toHaveTextContent("Сверка педагогических кадров");
    expect(screen.getByText("уверенно: 93 %", { exact: false })).toBeInTheDocument();
    expect(screen.getByText("неуверенно: 41 %", { exact: false })).toBeInTheDocument();
    expect(screen.getByText(/«Лист3»: Нет строки заголовков/)).toBeInTheDocument();
    expect(host.named("check")[0].args[0]).toMatchObject({ today: "2024-10-15" });
  });

  // Regression (QA, 24.11): checked in the wrong year, the pane showed hundreds of warnings and not why.
  it("a likely wrong period is said above the lists, with where the period is chosen", async () => {
    const host = new FakeHost();
    const hint = { file: "Мониторинг.xlsx", sheet: "МАП", cell: "G2", rule: "period.likelyOther" as const, severity: "warning" as const, message: "Похоже, выбран не тот период: 12 из 12 дат … в 2023/2024" };
    host.checkAnswer = async () => checkResult({ issues: [hint] });
    await runCheck(host);
    const bar = screen.getByRole("alert");
    expect(bar).toHaveTextContent("Проверьте период.");
    expect(bar).toHaveTextContent("Похоже, выбран не тот период: 12 из 12 дат … в 2023/2024. Период выбирается на вкладке «Показатели».");
  });

  it("no period bar when the period is not in doubt", async () => {
    await runCheck(new FakeHost());
    expect(screen.queryByText("Проверьте период.")).not.toBeInTheDocument();
  });

  it("groups issues by sheet with counts, and a click selects the cell", async () => {
    const host = new FakeHost();
    await runCheck(host);
    const roster = screen.getByRole("region", { name: "Лист «Сверка»" });
    expect(within(roster).getByText("ошибок: 1")).toBeInTheDocument();
    expect(within(roster).getByText("предупреждений: 1")).toBeInTheDocument();
    const kpk = screen.getByRole("region", { name: "Лист «КПК 2023»" });
    expect(within(kpk).getByText("ошибок: 1")).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: /Перейти к ячейке D14 листа «Сверка»/ }));
    expect(host.named("select")).toEqual([{ name: "select", args: ["Сверка", "D14"] }]);
  });

  it("highlights all issues and clears the highlight", async () => {
    const host = new FakeHost();
    await runCheck(host);
    await userEvent.click(screen.getByRole("button", { name: "Подсветить ошибки" }));
    expect(await screen.findByText("Подсвечено ячеек: 3.")).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Снять подсветку" }));
    expect(await screen.findByText("Восстановлено ячеек: 2.")).toBeInTheDocument();
    expect(host.named("highlight")[0].args[0]).toHaveLength(3);
  });

  it("says which highlighted cells have their fill only (past the notes' cap) and where their messages are", async () => {
    const host = new FakeHost();
    host.unnoted = 2;
    await runCheck(host);
    await userEvent.click(screen.getByRole("button", { name: "Подсветить ошибки" }));
    expect(
      await screen.findByText(
        "Подсвечено ячеек: 3. Примечания с текстом замечания — у первых из них, сначала у ошибок; у остальных 2 только заливка, чтобы не замедлять Excel: их замечания — в списке ниже, а все до одного — на листе «Проверка данных» после расчёта.",
      ),
    ).toBeInTheDocument();
  });

  it("saves a column mapping for a weak sheet and re-checks with it as an override", async () => {
    const host = new FakeHost();
    await runCheck(host);
    await userEvent.click(screen.getByRole("button", { name: "Сопоставить столбцы" }));
    const field = screen.getAllByRole("combobox")[0];
    await userEvent.click(field);
    await userEvent.click(await screen.findByRole("option", { name: "C — Наименование программы" }));
    expect(host.named("readRow")[0].args).toEqual(["КПК 2023", 3]);
    await userEvent.click(screen.getByRole("button", { name: "Сохранить сопоставление и проверить снова" }));
    await waitFor(() => expect(host.named("check")).toHaveLength(2));
    const key = "Мониторинг.xlsx|КПК 2023";
    const saved = host.store.get(KEYS.overrides) as Record<string, { form: string; columns: Record<string, number> }>;
    expect(saved[key].form).toBe("courses");
    expect(Object.values(saved[key].columns)).toContain(2);
    expect((host.named("check")[1].args[0] as CheckOptions).overrides).toEqual(saved);
  });

  it("says which of its two steps the check is at: reading with how far it has got, then checking", async () => {
    const host = new FakeHost();
    const { answer, report, finish } = heldAnswer(checkResult);
    host.checkAnswer = answer;
    render(<App host={host} />);
    await userEvent.click(screen.getByRole("button", { name: "Проверить книгу" }));
    expect(screen.getByText("Проверка листов…")).toBeInTheDocument();
    await act(() => report({ step: "read", done: 45_000, total: 100_000 }));
    expect(screen.getByText("Шаг 1 из 2. Чтение листов книги: 45 %…")).toBeInTheDocument();
    await act(() => report({ step: "readFormats", done: 1, total: 3 }));
    expect(screen.getByText("Шаг 1 из 2. Чтение форматов чисел (какие числа — даты): 33 %…")).toBeInTheDocument();
    await act(() => report({ step: "check" }));
    expect(screen.getByText("Шаг 2 из 2. Проверка записей…")).toBeInTheDocument();
    await act(async () => finish());
    await screen.findByText(/Распознано листов: 2/);
    expect(screen.queryByText(/Шаг/)).not.toBeInTheDocument();
  });

  it("«Остановить» a check: its signal is aborted, the pane says so and keeps the last results", async () => {
    const host = new FakeHost();
    await runCheck(host);
    const held = heldAnswer(checkResult);
    host.checkAnswer = held.answer;
    await userEvent.click(screen.getByRole("button", { name: "Проверить книгу" }));
    await act(() => held.report({ step: "read", done: 10, total: 100 }));
    await userEvent.click(screen.getByRole("button", { name: "Остановить" }));
    expect(held.signal()?.aborted).toBe(true);
    expect(screen.getByRole("button", { name: "Останавливается…" })).toBeDisabled();
    await act(async () => held.stopped());
    expect(await screen.findByText("Проверка остановлена.")).toBeInTheDocument();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    expect(screen.getByText(/Распознано листов: 2/)).toBeInTheDocument();
  });

  it("offers no «Остановить» for highlighting (stopping it would leave half the marks)", async () => {
    const host = new FakeHost();
    await runCheck(host);
    let done: (h: Highlighted) => void = () => {};
    host.highlight = (issues) => {
      host.calls.push({ name: "highlight", args: [issues] });
      return new Promise<Highlighted>((resolve) => (done = resolve));
    };
    await userEvent.click(screen.getByRole("button", { name: "Подсветить ошибки" }));
    expect(screen.getByText("Подсветка…")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Остановить" })).not.toBeInTheDocument();
    await act(async () => done({ cells: 3, unnoted: 0 }));
    expect(await screen.findByText("Подсвечено ячеек: 3.")).toBeInTheDocument();
  });

  it("shows a failure in a message bar with what to do next", async () => {
    const host = new FakeHost();
    host.checkAnswer = () => Promise.reject(new Error("InvalidOperation: the sheet is protected"));
    render(<App host={host} />);
    await userEvent.click(screen.getByRole("button", { name: "Проверить книгу" }));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Не удалось проверить книгу: книга или лист защищены от изменений.");
    expect(alert).toHaveTextContent("Снимите защиту");
  });

  it("is operable from the keyboard: Enter runs the focused check, Enter on a focused tab switches it", async () => {
    const host = new FakeHost();
    render(<App host={host} />);
    const button = screen.getByRole("button", { name: "Проверить книгу" });
    expect(button).not.toHaveAttribute("tabindex", "-1");
    button.focus();
    await userEvent.keyboard("{Enter}");
    await screen.findByText(/Распознано листов: 2/);
    screen.getByRole("tab", { name: "Показатели" }).focus();
    await userEvent.keyboard("{Enter}");
    expect(screen.getByRole("tabpanel", { name: "Показатели" })).toBeVisible();
    expect(screen.queryByRole("button", { name: "Проверить книгу" })).toBeNull();
  });

  it("tells what the last ribbon command did", () => {
    const host = new FakeHost();
    host.store.set("metodist.lastCommand", "Проверка (2023/2024): листов 2, ошибок 2, предупреждений 1.");
    render(<App host={host} />);
    expect(screen.getByText("Последняя команда на ленте: Проверка (2023/2024): листов 2, ошибок 2, предупреждений 1.")).toBeInTheDocument();
  });
});
