/** Types of engine-stderr.js, for the tests. */
export function engineStderr(write: (text: string) => void): {
  push(text: string): void;
  end(): boolean;
};
