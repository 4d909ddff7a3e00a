/**
 * Issues grouped by sheet, then by severity, with counts; each message is a button that selects its
 * cell in Excel. Long lists are capped per group so the pane stays responsive.
 */
import { Badge, Button, Text } from "@fluentui/react-components";
import type { Issue } from "../../domain/issues";

const SHOWN_PER_GROUP = 200;

interface Group {
  readonly sheet: string;
  readonly errors: Issue[];
  readonly warnings: Issue[];
}

export function groupIssues(issues: readonly Issue[]): Group[] {
  const map = new Map<string, Group>();
  for (const issue of issues) {
    const key = `${issue.file}|${issue.sheet}`;
    let g = map.get(key);
    if (!g) {
      g = { sheet: issue.sheet, errors: [], warnings: [] };
      map.set(key, g);
    }
    (issue.severity === "error" ? g.errors : g.warnings).push(issue);
  }
  return [...map.values()];
}

function Items({ list, onSelect, disabled }: { list: readonly Issue[]; onSelect: (i: Issue) => void; disabled: boolean }) {
  return (
    <ul style={{ listStyle: "none", margin: 0, padding: 0 }}>
      {list.slice(0, SHOWN_PER_GROUP).map((issue, i) => (
        <li key={`${issue.cell}-${issue.rule}-${i}`}>
          <Button
            appearance="transparent"
            size="small"
            disabled={disabled}
            style={{ justifyContent: "flex-start", textAlign: "left", height: "auto", minWidth: 0, width: "100%", whiteSpace: "normal" }}
            onClick={() => onSelect(issue)}
            aria-label={`Перейти к ячейке ${issue.cell} листа «${issue.sheet}»: ${issue.message}`}
          >
            <span>
              <b>{issue.cell}</b> {issue.message}
            </span>
          </Button>
        </li>
      ))}
      {list.length > SHOWN_PER_GROUP && (
        <li>
          <Text size={200}>…и ещё {list.length - SHOWN_PER_GROUP}. Все замечания — на листе «Проверка данных» после расчёта.</Text>
        </li>
      )}
    </ul>
  );
}

/** `disabled`: while an operation runs, the cells cannot be selected (one workbook operation at a time). */
export function IssueList({ issues, onSelect, disabled = false }: { issues: readonly Issue[]; onSelect: (i: Issue) => void; disabled?: boolean }) {
  if (issues.length === 0) return <Text>Ошибок и предупреждений нет.</Text>;
  return (
    <div>
      {groupIssues(issues).map((g) => (
        <section key={g.sheet} aria-label={`Лист «${g.sheet}»`} style={{ marginBottom: 12 }}>
          <h4 style={{ margin: "8px 0 4px", display: "flex", flexWrap: "wrap", gap: 6, alignItems: "center" }}>
            <span>Лист «{g.sheet}»</span>
            {g.errors.length > 0 && <Badge color="danger">ошибок: {g.errors.length}</Badge>}
            {g.warnings.length > 0 && <Badge color="warning">предупреждений: {g.warnings.length}</Badge>}
          </h4>
          {g.errors.length > 0 && <Items list={g.errors} onSelect={onSelect} disabled={disabled} />}
          {g.warnings.length > 0 && <Items list={g.warnings} onSelect={onSelect} disabled={disabled} />}
        </section>
      ))}
    </div>
  );
}
