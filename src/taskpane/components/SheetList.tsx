/**
 * Recognised sheets with their form and how sure the match is; a weak match opens a column-mapping
 * editor (a dropdown per field) whose result is saved and passed to the next check as an override.
 */
import { Badge, Button, Dropdown, Field, Option, Text } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { FORM_BY_ID, columnLetter, overrideKey } from "../../app/catalog";
import type { MappingOverride, RecognizedSheet, UnrecognizedSheet } from "../../domain/recognize/types";

const NONE = "—";

type ReadRow = (sheet: string, row: number) => Promise<string[]>;

function MappingEditor({ sheet, readRow, onApply, disabled }: { sheet: RecognizedSheet; readRow: ReadRow; onApply: (o: MappingOverride) => void; disabled: boolean }) {
  const form = FORM_BY_ID[sheet.form];
  const [columns, setColumns] = useState<Record<string, number>>({ ...sheet.columns });
  const [headers, setHeaders] = useState<string[]>([]);
  useEffect(() => {
    let live = true;
    // Header names make the choice readable («C — Дата рождения»); letters alone still work if reading fails.
    readRow(sheet.sheet, sheet.headerRow).then(
      (h) => live && setHeaders(h),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [readRow, sheet.sheet, sheet.headerRow]);
  const width = Math.max(...Object.values(sheet.columns), 0) + sheet.unmapped.length + 3;
  const letters = Array.from({ length: Math.min(Math.max(width, headers.length, 8), 60) }, (_, i) => columnLetter(i));
  const label = (i: number) => (headers[i] ? `${columnLetter(i)} — ${headers[i]}` : columnLetter(i));
  return (
    <div style={{ display: "grid", gap: 6, marginTop: 6 }}>
      <Text size={200}>Укажите, в каком столбце каждое поле (строка заголовка {sheet.headerRow}).</Text>
      {form.fields.map((f) => {
        const current = columns[f.id];
        const value = current === undefined ? NONE : columnLetter(current);
        const shown = current === undefined ? `${NONE} нет столбца` : label(current);
        return (
          <Field key={f.id} label={`${f.header}${f.required ? " *" : ""}`} size="small">
            <Dropdown
              size="small"
              value={shown}
              selectedOptions={[value]}
              style={{ minWidth: 0, width: "100%" }}
              onOptionSelect={(_, d) => {
                const next = { ...columns };
                if (!d.optionValue || d.optionValue === NONE) delete next[f.id];
                else next[f.id] = letters.indexOf(d.optionValue);
                setColumns(next);
              }}
            >
              <Option value={NONE}>{`${NONE} нет столбца`}</Option>
              {letters.map((l, i) => (
                <Option key={l} value={l} text={label(i)}>
                  {label(i)}
                </Option>
              ))}
            </Dropdown>
          </Field>
        );
      })}
      <Button appearance="primary" disabled={disabled} onClick={() => onApply({ form: sheet.form, headerRow: sheet.headerRow, columns })}>
        Сохранить сопоставление и проверить снова
      </Button>
    </div>
  );
}

export function SheetList(props: {
  sheets: readonly RecognizedSheet[];
  unrecognised: readonly UnrecognizedSheet[];
  onOverride: (key: string, o: MappingOverride) => void;
  readRow: ReadRow;
  /** While an operation runs: the mapping can be edited, not saved and re-checked. */
  disabled?: boolean;
}) {
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <div>
      <ul style={{ listStyle: "none", margin: 0, padding: 0, display: "grid", gap: 8 }}>
        {props.sheets.map((s) => {
          const key = overrideKey(s);
          return (
            <li key={key}>
              <div style={{ display: "flex", flexWrap: "wrap", gap: 6, alignItems: "center" }}>
                <b>«{s.sheet}»</b>
                <span>— {FORM_BY_ID[s.form].title}</span>
                <Badge appearance="tint" color={s.weak ? "warning" : "success"}>
                  {s.weak ? "неуверенно" : "уверенно"}: {Math.round(s.confidence * 100)} %
                </Badge>
                <Text size={200}>строк: {s.rows}</Text>
              </div>
              {s.missingRequired.length > 0 && (
                <Text size={200}>Нет обязательных столбцов: {s.missingRequired.map((id) => FORM_BY_ID[s.form].fields.find((f) => f.id === id)?.header ?? id).join(", ")}.</Text>
              )}
              {(s.weak || s.missingRequired.length > 0) && editing !== key && (
                <Button size="small" onClick={() => setEditing(key)}>
                  Сопоставить столбцы
                </Button>
              )}
              {editing === key && (
                <MappingEditor
                  sheet={s}
                  readRow={props.readRow}
                  disabled={props.disabled ?? false}
                  onApply={(o) => {
                    setEditing(null);
                    props.onOverride(key, o);
                  }}
                />
              )}
            </li>
          );
        })}
      </ul>
      {props.unrecognised.length > 0 && (
        <details style={{ marginTop: 8 }}>
          <summary>Не распознаны ({props.unrecognised.length})</summary>
          <ul>
            {props.unrecognised.map((u) => (
              <li key={overrideKey(u)}>
                «{u.sheet}»: {u.reason}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
