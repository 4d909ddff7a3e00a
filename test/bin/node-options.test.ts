import { engineNodeOptions } from "../../bin/node-options";

const GB = 1024 * 1024 * 1024;
const MB = 1024 * 1024;
const SEMI = "--max-semi-space-size=64";

describe("the Node options metodist starts its engine with", () => {
  // V8's default heap limit is about a quarter of the machine's memory, at most ≈ 4 GB.
  test.each([
    ["a 4 GB office PC: half of it, not V8's quarter", 4 * GB, 1072 * MB, "", [], [SEMI, "--max-old-space-size=2048"]],
    ["an 8 GB PC: 4 GB", 8 * GB, 2096 * MB, "", [], [SEMI, "--max-old-space-size=4096"]],
    ["a 6 GB PC: 3 GB", 6 * GB, 1584 * MB, "", [], [SEMI, "--max-old-space-size=3072"]],
    ["16 GB and more: V8's own 4 GB is kept", 32 * GB, 4144 * MB, "", [], [SEMI]],
    ["the user's NODE_OPTIONS heap is kept", 4 * GB, 3000 * MB, "--max-old-space-size=3000", [], [SEMI]],
    ["the user's heap on node's command line, spelled with underscores", 4 * GB, 900 * MB, "", ["--max_old_space_size=900"], [SEMI]],
    ["the user's young generation is kept", 4 * GB, 1072 * MB, "--trace-warnings --max-semi-space-size=16", [], ["--max-old-space-size=2048"]],
  ])("%s", (_what, totalMemoryBytes, heapLimitBytes, nodeOptions, execArgv, expected) => {
    expect(engineNodeOptions({ totalMemoryBytes, heapLimitBytes, nodeOptions, execArgv })).toEqual(expected);
  });

  test("an option that only begins like the heap's is not taken for it", () => {
    expect(engineNodeOptions({ totalMemoryBytes: 4 * GB, heapLimitBytes: 1072 * MB, nodeOptions: "--max-old-space-size-whatever=1" })).toEqual([SEMI, "--max-old-space-size=2048"]);
  });
});
