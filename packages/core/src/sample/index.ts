/** The seeded sample generator: a realistic helpdesk ticket log for demos, tests and benchmarks. */
export { generateSampleColumns, NO_ASSIGNEE, type SampleColumns } from "./columns.js";
export {
  SAMPLE_CSV_HEADER,
  sampleColumnsCsv,
  sampleCsvByteChunks,
  sampleCsvChunks,
} from "./csv.js";
export { sampleTicketLog } from "./log.js";
export type { SampleOptions, SampleScenario } from "./options.js";
export { createRandom, type Random } from "./random.js";
export { generateSampleTickets, type SampleTicket, sampleTicketsCsv } from "./tickets.js";
