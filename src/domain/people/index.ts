export * from "./types";
export { buildPeople } from "./build-people";
export { schoolKey } from "./school-key";
export { unmatchedMessage, ambiguousMessage } from "./messages";
