/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/components/App";
import { checkCommand, computeCommand, LAST_RESULT_KEY, runCommand } from "../../src/commands/commands";
import { PaneHost, lockedHost } from "../../src/taskpane/host";
import { Runtime, storageLock, workbookKey } from "../../src/taskpane/workbook-lock";
import { storageNews } from "../../src/taskpane/command-news";
import { ProblemBar } from "../../src/taskpane/components/ProblemBar";
import { FakeHost, checkResult, computeResult, heldAnswer } from "./fake-host";
import { SharedOrigin } from "./shared-origin";

/**
 * The pane and the ribbon's commands run in two runtimes over one workbook: the pane's own rule cannot
 * see a ribbon click, so both hold one lock per workbook in the origin's shared storage (a ribbon
 * compute racing the pane's on metodist_meta would lose which sheets are Metodist's or which fills to
 * restore). Each side is the real lock and news over a FakeHost, as office-host.ts wires them.
 */
const URL = "C:\\Users\\imc\\Мониторинг 2024.xlsx";

/** `watches: false` — a pane that has not heard the other runtime take the workbook (the click races its event). */
function runtime(origin: SharedOrigin, fake: FakeHost, who: Runtime, watches = true): PaneHost {
  const page = origin.page();
  fake.news = storageNews(page.storage, workbookKey("command", URL), page.events);
  return lockedHost(fake, storageLock(page.storage, workbookKey("busy", URL), who), watches ? page.events : null);
}

describe("one workbook operation at a time across the pane and the ribbon", () => {
  it("a ribbon «Рассчитать показатели» while the pane computes does nothing to the workbook, and the open pane says why at once", async () => {
    const origin = new SharedOrigin();
    const paneFake = new FakeHost();
    const held = heldAnswer(computeResult);
    paneFake.computeAnswer = held.answer;
    render(<App host={runtime(origin, paneFake, "pane")} initialTab="compute" />);
    await userEvent.click(screen.getByRole("button", { name: "Рассчитать" }));
    await waitFor(() => expect(paneFake.named("compute")).toHaveLength(1));

    const ribbonFake = new FakeHost();
    const ribbon = runtime(origin, ribbonFake, "ribbon");
    const event = { completed: jest.fn() };
    await act(() => runCommand(ribbon, computeCommand, event));
    expect(ribbonFake.named("compute")).toHaveLength(0);
    expect(ribbonFake.named("select")).toHaveLength(0);
    expect(event.completed).toHaveBeenCalledTimes(1);
    const refused = ribbonFake.store.get(LAST_RESULT_KEY) as string;
    expect(refused).toMatch(/^Команда не выполнена\. С этой книгой уже работает «Методист»\. Идёт расчёт показателей в панели «Методиста» \(с \d{1,2}:\d\d\)\. Дождитесь конца и повторите\.$/);
    expect(screen.getByText(`Последняя команда на ленте: ${refused}`)).toBeInTheDocument();

    await act(async () => held.finish());
    await screen.findByRole("status", { name: "Итоги расчёта" });
    await act(() => runCommand(ribbon, computeCommand, event));
    expect(ribbonFake.named("compute")).toHaveLength(1);
    expect(screen.getByText("Последняя команда на ленте: Расчёт (LK, 2023/2024): показателей 5, достигнуто 2; листы: Показатели (2), Динамика.")).toBeInTheDocument();
  });

  it("while a ribbon command works, the open pane's buttons wait and say what runs; they come back when it ends", async () => {
    const origin = new SharedOrigin();
    const paneFake = new FakeHost();
    render(<App host={runtime(origin, paneFake, "pane")} initialTab="compute" />);
    expect(screen.getByRole("button", { name: "Рассчитать" })).toBeEnabled();

    const ribbonFake = new FakeHost();
    const held = heldAnswer(computeResult);
    ribbonFake.computeAnswer = held.answer;
    const command = runCommand(runtime(origin, ribbonFake, "ribbon"), computeCommand, { completed: () => {} });
    await waitFor(() => expect(screen.getByRole("button", { name: "Рассчитать" })).toBeDisabled());
    const computeTab = within(screen.getByRole("tabpanel", { name: "Показатели" }));
    expect(computeTab.getByText(/^Идёт расчёт показателей по команде с ленты \(с \d{1,2}:\d\d\): кнопки станут доступны, когда эта работа закончится\.$/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole("tab", { name: "Проверка" }));
    expect(screen.getByRole("button", { name: "Проверить книгу" })).toBeDisabled();
    expect(screen.getByRole("button", { name: "Снять подсветку" })).toBeDisabled();

    await act(async () => {
      held.finish();
      await command;
    });
    expect(screen.getByRole("button", { name: "Проверить книгу" })).toBeEnabled();
    expect(screen.queryByText(/по команде с ленты \(с/)).not.toBeInTheDocument();
    expect(paneFake.calls.filter((c) => c.name === "check" || c.name === "compute")).toEqual([]);
  });

  it("a click that races the ribbon taking the workbook is refused with a warning, not an error, and works once the command ends", async () => {
    const origin = new SharedOrigin();
    const ribbonFake = new FakeHost();
    const held = heldAnswer(computeResult);
    ribbonFake.computeAnswer = held.answer;
    const ribbon = runtime(origin, ribbonFake, "ribbon");
    const paneFake = new FakeHost();
    render(<App host={runtime(origin, paneFake, "pane", false)} initialTab="compute" />);
    const command = runCommand(ribbon, computeCommand, { completed: () => {} });
    await waitFor(() => expect(ribbonFake.named("compute")).toHaveLength(1));

    await userEvent.click(screen.getByRole("button", { name: "Рассчитать" }));
    expect(paneFake.named("compute")).toHaveLength(0);
    const bar = await screen.findByRole("alert");
    expect(bar).toHaveTextContent("Не удалось рассчитать показатели: с книгой уже работает «Методист».");
    expect(bar).toHaveTextContent(/Идёт расчёт показателей по команде с ленты \(с \d{1,2}:\d\d\)\. Дождитесь конца и повторите\./);
    // Drawn as a warning (nothing failed; the user only has to wait), not as an error.
    const { container } = render(<ProblemBar intent="warning" problem={{ title: "", action: "" }} />);
    expect(bar.className).toBe(container.querySelector("[role=alert]")!.className);
    expect(screen.getByRole("button", { name: "Рассчитать" })).toBeEnabled();

    await act(async () => {
      held.finish();
      await command;
    });
    expect(screen.getByText(/^Последняя команда на ленте: Расчёт \(LK, 2023\/2024\)/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Рассчитать" }));
    await screen.findByRole("status", { name: "Итоги расчёта" });
    expect(paneFake.named("compute")).toHaveLength(1);
  });

  it("a ribbon «Проверить» holds the workbook once, from its check to the end of its highlight: the pane never sees it free in between", async () => {
    const origin = new SharedOrigin();
    const pane = origin.page();
    const heard: (string | null)[] = [];
    const stop = storageLock(pane.storage, workbookKey("busy", URL), "pane").watch(pane.events, (other) => heard.push(other && other.operation));
    const ribbonFake = new FakeHost();
    await runCommand(runtime(origin, ribbonFake, "ribbon"), checkCommand, { completed: () => {} });
    stop();
    expect(ribbonFake.calls.map((c) => c.name).filter((n) => n !== "settings.set")).toEqual(["check", "highlight", "select"]);
    // Free, then the ribbon's check (its highlight included), then free again — no gap a pane click could take.
    expect(heard).toEqual([null, "check", null]);
  });

  it("a «Подсветить ошибки» that races a ribbon «Проверить» is refused; the ribbon's own highlight goes ahead", async () => {
    const origin = new SharedOrigin();
    const paneFake = new FakeHost();
    render(<App host={runtime(origin, paneFake, "pane", false)} />);
    await userEvent.click(screen.getByRole("button", { name: "Проверить книгу" }));
    await screen.findByText(/Распознано листов: 2/);

    const ribbonFake = new FakeHost();
    const held = heldAnswer(checkResult);
    ribbonFake.checkAnswer = held.answer;
    const command = runCommand(runtime(origin, ribbonFake, "ribbon"), checkCommand, { completed: () => {} });
    await waitFor(() => expect(ribbonFake.named("check")).toHaveLength(1));
    await userEvent.click(screen.getByRole("button", { name: "Подсветить ошибки" }));
    expect(paneFake.named("highlight")).toHaveLength(0);
    expect(await screen.findByRole("alert")).toHaveTextContent("Не удалось подсветить ошибки: с книгой уже работает «Методист». Идёт проверка книги по команде с ленты");

    await act(async () => {
      held.finish();
      await command;
    });
    expect(ribbonFake.named("highlight")).toHaveLength(1);
    expect(screen.getByText("Последняя команда на ленте: Проверка (2023/2024): листов 2, ошибок 2, предупреждений 1.")).toBeInTheDocument();
  });
});
