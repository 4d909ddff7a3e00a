import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { Problem } from "../messages";

/** An error (or an old-Excel warning, or a run the user stopped) with what to do next. */
export function ProblemBar({ problem, intent = "error" }: { problem: Problem; intent?: "error" | "warning" | "info" }) {
  return (
    <MessageBar intent={problem.intent ?? intent} layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{problem.title}</MessageBarTitle> {problem.action}
      </MessageBarBody>
    </MessageBar>
  );
}
