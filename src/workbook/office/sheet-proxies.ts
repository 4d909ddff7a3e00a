/**
 * Worksheet proxies shared by the calls of one request: thousands of calls on one sheet (cells to
 * fill, rows of a plan) name it once per request, not once per call. They are forgotten before each
 * request (`checkpoint`, for syncPerRequest and syncEachRequest): a proxy made in a request the host
 * refused is never used again, and making one again costs a request a single getItem.
 */
type Ctx = Excel.RequestContext;

/** One sheet's proxy in whatever request is being built: what the ops of one output sheet hold. */
export interface SheetHandle {
  sheet(ctx: Ctx): Excel.Worksheet;
}

export class SheetProxies {
  private readonly made = new Map<string, Excel.Worksheet>();

  get(ctx: Ctx, name: string): Excel.Worksheet {
    let ws = this.made.get(name);
    if (!ws) this.made.set(name, (ws = ctx.workbook.worksheets.getItem(name)));
    return ws;
  }

  /** A sheet added in the request being built: later calls of the request use the added sheet's proxy. */
  adopt(name: string, ws: Excel.Worksheet): void {
    this.made.set(name, ws);
  }

  handle(name: string): SheetHandle {
    return { sheet: (ctx) => this.get(ctx, name) };
  }

  /** Runs before each request is built; what it returns runs after a refused one. */
  readonly checkpoint = (): (() => void) => {
    this.made.clear();
    return () => this.made.clear();
  };
}
