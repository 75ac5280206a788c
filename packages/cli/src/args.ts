import { type ParseArgsConfig, parseArgs } from "node:util";
import { isTimeZone, nearestName } from "@tidemark/core";
import { CliError } from "./io.js";

type Options = NonNullable<ParseArgsConfig["options"]>;

/** Parses one command's arguments; unknown options and missing values become a {@link CliError}. */
export function parseCommandArgs(
  command: string,
  argv: string[],
  options: Options,
): { values: Record<string, string | boolean | string[] | undefined>; positionals: string[] } {
  const all: Options = { ...options, help: { type: "boolean", short: "h" } };
  const help = `Run "tidemark ${command} --help" for the options.`;
  try {
    const { values, positionals } = parseArgs({
      args: joinNegativeValues(argv, all),
      options: all,
      allowPositionals: true,
      strict: true,
    });
    return {
      values: values as Record<string, string | boolean | string[] | undefined>,
      positionals,
    };
  } catch (e) {
    const error = e as Error & { code?: string };
    const option = /'(-[^' ]*)/.exec(error.message)?.[1];
    if (error.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && option !== undefined) {
      const near = nearestName(option.replace(/^-+/, ""), Object.keys(all));
      const hint = near === null ? "." : `; did you mean --${near}?`;
      throw new CliError(`Unknown option ${option}${hint} ${help}`);
    }
    if (error.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" && option !== undefined) {
      throw new CliError(
        `${option} needs a value; write ${option}=VALUE when the value starts with "-". ${help}`,
      );
    }
    const message = error.message.split("\n")[0]?.replace(/\.$/, "") ?? "bad arguments";
    throw new CliError(`${message}. ${help}`);
  }
}

/**
 * `--band -1,2` as `--band=-1,2`: a value that starts like a negative number is
 * the option's value, so its check (not the parser's "ambiguous") explains it.
 */
function joinNegativeValues(argv: string[], options: Options): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const next = argv[i + 1];
    const name = arg.startsWith("--") && !arg.includes("=") ? arg.slice(2) : undefined;
    if (name && options[name]?.type === "string" && next !== undefined && /^-[\d.]/.test(next)) {
      out.push(`${arg}=${next}`);
      i++;
    } else out.push(arg);
  }
  return out;
}

/** One of the allowed words, or the default. */
export function choice<T extends string>(
  name: string,
  value: unknown,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if (!allowed.includes(value as T)) {
    throw new CliError(`--${name} must be one of ${allowed.join(", ")}; got "${String(value)}".`);
  }
  return value as T;
}

/** A whole number ≥ `min`, or the default (undefined). */
export function wholeNumber(name: string, value: unknown, min: number): number | undefined {
  if (value === undefined) return undefined;
  const text = String(value).replaceAll("_", "");
  const n = Number(text);
  if (text.trim() === "" || !Number.isInteger(n) || n < min) {
    throw new CliError(`--${name} must be a whole number ≥ ${min}; got "${String(value)}".`);
  }
  return n;
}

/** An IANA time zone, checked before any file is read. */
export function timeZone(value: unknown): string {
  if (value === undefined) return "UTC";
  const zone = String(value);
  if (!isTimeZone(zone)) {
    throw new CliError(
      `Unknown time zone "${zone}" (--tz): use an IANA name such as Europe/Paris, America/New_York or UTC.`,
    );
  }
  // The zone's own spelling ("utc" is UTC, "europe/paris" is Europe/Paris), but
  // the name given for another name of a zone: EST stays EST, not the
  // America/Panama that ICU resolves it to.
  const resolved = new Intl.DateTimeFormat("en-US", { timeZone: zone }).resolvedOptions().timeZone;
  return resolved.toLowerCase() === zone.toLowerCase() ? resolved : zone;
}

/**
 * Zone names that are fixed offsets all year although people write them for
 * zones with daylight saving ("EST" for New York): said on stderr, since every
 * summer day would be cut an hour off.
 */
const FIXED_OFFSET_NAMES: Record<string, { offset: string; region: string; zone: string }> = {
  EST: { offset: "UTC−5", region: "US Eastern", zone: "America/New_York" },
  MST: { offset: "UTC−7", region: "US Mountain", zone: "America/Denver" },
};

/** A note for `--tz EST`-like values, or "" (see FIXED_OFFSET_NAMES). */
export function zoneNote(value: unknown): string {
  const fixed = value === undefined ? undefined : FIXED_OFFSET_NAMES[String(value).toUpperCase()];
  return fixed
    ? `tidemark: note: --tz ${String(value)} is ${fixed.offset} all year, without daylight saving; for ${fixed.region} time use --tz ${fixed.zone}.\n`
    : "";
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A `YYYY-MM-DD` date that exists, or undefined. */
export function date(name: string, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  const text = String(value);
  const m = DATE.exec(text);
  const ok =
    m !== null &&
    new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).toISOString().startsWith(text);
  if (!ok)
    throw new CliError(
      `--${name} must be a date written YYYY-MM-DD, e.g. 2024-03-31; got "${text}".`,
    );
  return text;
}

/** `--band LOW,HIGH` in days of capacity. */
export function band(value: unknown): { low: number; high: number } | undefined {
  if (value === undefined) return undefined;
  const parts = String(value).split(",");
  const [low, high] = parts.map((p) => (p.trim() === "" ? Number.NaN : Number(p)));
  if (
    parts.length !== 2 ||
    !Number.isFinite(low) ||
    !Number.isFinite(high) ||
    (low as number) < 0 ||
    (high as number) < (low as number)
  ) {
    throw new CliError(
      `--band must be LOW,HIGH in days of capacity with 0 ≤ LOW ≤ HIGH, e.g. --band 0.5,2; got "${String(value)}".`,
    );
  }
  return { low: low as number, high: high as number };
}
