/**
 * @tidemark/core/schema: zod schemas for vendors who validate their own data,
 * kept apart from the main entry so that zod only ships where input is parsed.
 * The rules are the core's own (the same timestamp reader and messages).
 */
export {
  type ColumnMapping,
  type EventRecord,
  eventRecordSchema,
  type TicketRecord,
  type TimestampSchemaOptions,
  ticketRecordSchema,
} from "./records.js";
export { metricsResultSchema } from "./result.js";
export { validateTicketRecords } from "./validate-records.js";
