/**
 * @tidemark/cli: the `tidemark` command, also callable in-process with
 * injected output streams.
 */
export { metricsJson } from "./format/json.js";
export { metricsTable, type TableContext } from "./format/table.js";
export { CliError, type CliIo, EXIT } from "./io.js";
export { HELP, main } from "./main.js";
