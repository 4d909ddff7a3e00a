/** The last step of writing: what ExcelJS cannot do, done on its output package. */
import JSZip from "jszip";
import { addCharts, SheetCharts } from "./charts";
import { fixInternalHyperlinks } from "./hyperlinks";

/**
 * `linkSheets`: sheets with internal links to repair. Unchanged entries keep their compressed bytes
 * (JSZip reuses them), so this costs little even for a 200 000-row input copied through.
 */
export async function finishPackage(written: Buffer | ArrayBuffer | Uint8Array, charts: readonly SheetCharts[], linkSheets: ReadonlySet<string>): Promise<Buffer> {
  if (charts.length === 0 && linkSheets.size === 0) return Buffer.from(written as ArrayBuffer);
  const zip = await JSZip.loadAsync(written);
  await fixInternalHyperlinks(zip, linkSheets);
  await addCharts(zip, charts);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 1 } });
}
