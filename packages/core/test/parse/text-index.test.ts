import fc from "fast-check";
import { expect, test } from "vitest";
import { TextTable } from "../../src/parse/text-index.js";

test("internFew gives each distinct text one code, also when texts share its cache key", () => {
  // Same length, first, middle and last chars: the same slot of the small cache.
  const alike = ["aXbc", "aYbc", "aZbc"];
  fc.assert(
    fc.property(
      fc.array(fc.constantFrom(...alike, "Email", "Phone", "", " Email"), { maxLength: 80 }),
      (texts) => {
        const table = new TextTable();
        const firstCode = new Map<string, number>();
        const line = `|${texts.join("|")}|`;
        let at = 1;
        for (const text of texts) {
          const code = table.internFew(line, at, at + text.length);
          at += text.length + 1;
          if (!firstCode.has(text)) firstCode.set(text, firstCode.size);
          expect(code).toBe(firstCode.get(text));
          expect(table.values[code]).toBe(text);
        }
        expect(table.values).toEqual([...firstCode.keys()]);
      },
    ),
  );
});
