/** Types of node-options.js, for the tests and the bench. */
export function engineNodeOptions(machine: {
  nodeOptions?: string;
  execArgv?: readonly string[];
  totalMemoryBytes: number;
  heapLimitBytes: number;
}): string[];
