/**
 * A core message with its option names said as the command's flags: `from`
 * and `to` as `--from` and `--to`, "set dateOrder" as "give --date-order".
 *
 * @example
 * cliOptionNames("… Narrow it with from and to."); // "… Narrow it with --from and --to."
 */
export function cliOptionNames(message: string): string {
  return message
    .replace(/set dateOrder( to say which)?/, "give --date-order dmy or mdy")
    .replace(/^Invalid option from\/to:/, "Invalid --from/--to:")
    .replace(/\bwith from and to\./, "with --from and --to.");
}
