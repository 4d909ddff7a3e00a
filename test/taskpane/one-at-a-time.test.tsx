/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/components/App";
import { FakeHost, checkResult, computeResult, heldAnswer } from "./fake-host";

/**
 * One workbook operation at a time across the two tabs: a highlight while a compute writes would race
 * it on the meta sheet (Metodist's sheets, the fills to restore) and one record would be lost.
 */
describe("the pane runs one workbook operation at a time", () => {
  it("while a compute runs, the check tab's buttons wait, and say why", async () => {
    const host = new FakeHost();
    const held = heldAnswer(computeResult);
    host.computeAnswer = held.answer;
    render(<App host={host} initialTab="compute" />);
    await userEvent.click(screen.getByRole("button", { name: "Рассчитать" }));
    await userEvent.click(screen.getByRole("tab", { name: "Проверка" }));
    expect(screen.getByRole("button", { name: "Проверить книгу" })).toBeDisabled();
    expect(screen.getByRole("button", { name: "Снять подсветку" })).toBeDisabled();
    expect(screen.getByText(/Идёт расчёт показателей \(вкладка «Показатели»\)/)).toBeInTheDocument();

    await act(async () => held.finish());
    expect(screen.getByRole("button", { name: "Проверить книгу" })).toBeEnabled();
    expect(screen.queryByText(/Идёт расчёт показателей/)).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Проверить книгу" }));
    await screen.findByText(/Распознано листов: 2/);
    expect(host.named("check")).toHaveLength(1);
  });

  it("while a check runs, «Рассчитать» waits; a stopped check frees it too", async () => {
    const host = new FakeHost();
    const held = heldAnswer(checkResult);
    host.checkAnswer = held.answer;
    render(<App host={host} />);
    await userEvent.click(screen.getByRole("button", { name: "Проверить книгу" }));
    await userEvent.click(screen.getByRole("tab", { name: "Показатели" }));
    expect(screen.getByRole("button", { name: "Рассчитать" })).toBeDisabled();
    expect(screen.getByText(/Идёт работа на вкладке «Проверка»/)).toBeInTheDocument();

    await act(async () => held.stopped());
    expect(screen.getByRole("button", { name: "Рассчитать" })).toBeEnabled();
    await userEvent.click(screen.getByRole("button", { name: "Рассчитать" }));
    await screen.findByRole("status", { name: "Итоги расчёта" });
    expect(host.named("compute")).toHaveLength(1);
  });
});
