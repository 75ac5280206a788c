import { pipeline, Readable } from "node:stream";
import { createGunzip } from "node:zlib";

/** Whether bytes start with the gzip magic number. */
export const isGzipStart = (head: Uint8Array): boolean =>
  head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b;

type Chunks = AsyncIterable<Buffer | string> | Iterable<Buffer | string>;

/**
 * The bytes of `chunks`, decompressed when they are gzip (`cat file.csv.gz |
 * tidemark metrics -`), else as they came. The first two bytes decide.
 */
export async function* gunzippedIfGzip(chunks: Chunks): AsyncGenerator<Buffer> {
  const iterator =
    Symbol.asyncIterator in chunks
      ? chunks[Symbol.asyncIterator]()
      : (chunks as Iterable<Buffer | string>)[Symbol.iterator]();
  const head: Buffer[] = [];
  let headBytes = 0;
  let done = false;
  while (headBytes < 2) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    const bytes = typeof next.value === "string" ? Buffer.from(next.value) : next.value;
    head.push(bytes);
    headBytes += bytes.length;
  }
  async function* all(): AsyncGenerator<Buffer> {
    yield* head;
    if (done) return;
    for (let next = await iterator.next(); !next.done; next = await iterator.next())
      yield typeof next.value === "string" ? Buffer.from(next.value) : next.value;
  }
  if (!isGzipStart(Buffer.concat(head))) {
    yield* all();
    return;
  }
  const gunzip = pipeline(Readable.from(all()), createGunzip(), () => {});
  for await (const chunk of gunzip) yield chunk as Buffer;
}
