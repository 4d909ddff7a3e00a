/**
 * A result of Metodist among other inputs. It holds a copy of every school's sheet it was computed
 * from: read with those schools' own files, each row counts twice (the example's 49 errors became
 * 1 929, LK-04 doubled) and the run still ended «готово». Alone, it is a consolidated workbook like
 * any other, and is read as one.
 */
import { UsageError } from "./args";

export function requireNoResultAmongInputs(inputs: number, results: readonly string[]): void {
  if (inputs < 2 || results.length === 0) return;
  const names = results.map((f) => `«${f}»`).join(", ");
  throw new UsageError(
    results.length === 1
      ? `Файл ${names} — результат Методиста: в нём уже есть листы школ, и вместе с исходными файлами данные учтутся дважды. Уберите его из списка файлов (или укажите только его).`
      : `Файлы ${names} — результаты Методиста: в них уже есть листы школ, и вместе с исходными файлами данные учтутся дважды. Уберите их из списка файлов (или укажите только один из них).`,
  );
}
