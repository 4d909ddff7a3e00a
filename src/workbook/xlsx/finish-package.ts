/** The last step of writing: what ExcelJS cannot do, done on its output package. */
import JSZip from "jszip";
import { addCharts, SheetCharts } from "./charts";
import { fixInternalHyperlinks } from "./hyperlinks";

export async function finishPackage(written: Buffer | ArrayBuffer | Uint8Array, charts: readonly SheetCharts[]): Promise<Buffer> {
  const zip = await JSZip.loadAsync(written);
  await fixInternalHyperlinks(zip);
  await addCharts(zip, charts);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 6 } });
}
