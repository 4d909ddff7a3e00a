/**
 * Worksheet proxies shared by the calls of one request: thousands of cells of one sheet name it once
 * per request, not once per cell. Each request starts afresh, so a proxy made in a request the host
 * refused is never used again.
 */
type Ctx = Excel.RequestContext;

export class SheetsInRequest {
  private readonly made = new Map<string, Excel.Worksheet>();

  get(ctx: Ctx, name: string): Excel.Worksheet {
    let ws = this.made.get(name);
    if (!ws) this.made.set(name, (ws = ctx.workbook.worksheets.getItem(name)));
    return ws;
  }

  /** For syncPerRequest and syncEachRequest: runs before each request is built. */
  readonly checkpoint = (): (() => void) => {
    this.made.clear();
    return () => this.made.clear();
  };
}
