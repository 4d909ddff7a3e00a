/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { act, fireEvent, render, renderHook, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/components/App";
import { useOperation } from "../../src/taskpane/components/useOperation";
import { CHECK_STEPS } from "../../src/app/steps";
import { FakeHost, checkResult, heldAnswer } from "./fake-host";

/**
 * While a check runs, the last result's controls (the issue list, «Сохранить сопоставление и проверить
 * снова») must not start another operation: one such click used to end the busy state of the running
 * check — «Остановить» vanished, «Рассчитать» unlocked and a third check could start.
 */
describe("a click during a running check neither starts work nor ends the busy state", () => {
  async function secondCheckRunning() {
    const host = new FakeHost();
    render(<App host={host} />);
    await userEvent.click(screen.getByRole("button", { name: "Проверить книгу" }));
    await screen.findByText(/Распознано листов: 2/);
    // Open the mapping editor while idle, so its «Сохранить…» is on screen during the next run.
    await userEvent.click(screen.getByRole("button", { name: "Сопоставить столбцы" }));
    const held = heldAnswer(checkResult);
    host.checkAnswer = held.answer;
    await userEvent.click(screen.getByRole("button", { name: "Проверить книгу" }));
    expect(screen.getByRole("button", { name: "Остановить" })).toBeEnabled();
    return { host, held };
  }

  function expectStillBusy(host: FakeHost) {
    expect(screen.getByRole("button", { name: "Остановить" })).toBeEnabled();
    expect(screen.getByRole("button", { name: "Проверить книгу" })).toBeDisabled();
    expect(screen.getByRole("button", { name: "Снять подсветку" })).toBeDisabled();
    expect(screen.getByRole("button", { name: "Рассчитать", hidden: true })).toBeDisabled();
    expect(host.named("check")).toHaveLength(2);
  }

  it("an issue in the list cannot be selected while the check runs", async () => {
    const { host, held } = await secondCheckRunning();
    const issue = screen.getByRole("button", { name: /Перейти к ячейке D14 листа «Сверка»/ });
    expect(issue).toBeDisabled();
    fireEvent.click(issue);
    await act(async () => {});
    expect(host.named("select")).toHaveLength(0);
    expectStillBusy(host);

    await act(async () => held.finish());
    expect(screen.queryByRole("button", { name: "Остановить" })).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Проверить книгу" })).toBeEnabled();
    await userEvent.click(screen.getByRole("button", { name: /Перейти к ячейке D14 листа «Сверка»/ }));
    expect(host.named("select")).toHaveLength(1);
  });

  it("«Сохранить сопоставление и проверить снова» waits while the check runs", async () => {
    const { host, held } = await secondCheckRunning();
    const save = screen.getByRole("button", { name: "Сохранить сопоставление и проверить снова" });
    expect(save).toBeDisabled();
    fireEvent.click(save);
    await act(async () => {});
    expectStillBusy(host);
    expect(held.signal()?.aborted).toBe(false);

    // «Остановить» still stops the running check.
    await userEvent.click(screen.getByRole("button", { name: "Остановить" }));
    expect(held.signal()?.aborted).toBe(true);
    await act(async () => held.stopped());
    expect(screen.getByRole("button", { name: "Проверить книгу" })).toBeEnabled();
  });
});

describe("useOperation runs one operation at a time", () => {
  it("a second run while one is on starts nothing, and the first keeps the busy state until it ends", async () => {
    const running = jest.fn();
    const { result } = renderHook(() => useOperation(CHECK_STEPS, running));
    let finish = () => {};
    let first!: Promise<unknown>;
    act(() => {
      first = result.current.run("Проверка…", "проверить книгу", () => new Promise<void>((r) => (finish = r)), true);
    });
    expect(result.current.busy).toBe("Проверка…");

    const second = jest.fn(async () => {});
    let ending: unknown;
    await act(async () => {
      ending = await result.current.run("Переход…", "перейти к ячейке", second);
    });
    expect(ending).toBeNull();
    expect(second).not.toHaveBeenCalled();
    expect(result.current.busy).toBe("Проверка…");
    expect(result.current.canStop).toBe(true);
    expect(running.mock.calls).toEqual([[true]]);

    await act(async () => {
      finish();
      await first;
    });
    expect(result.current.busy).toBeNull();
    expect(running.mock.calls).toEqual([[true], [false]]);
  });
});
