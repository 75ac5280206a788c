import { createReadStream, statSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { basename, resolve } from "node:path";
import type { Plugin } from "vite";

type Next = (err?: unknown) => void;

/**
 * `TIDEMARK_FILE=path/to/export.csv pnpm start`: the dev and preview servers
 * serve that file at `local-file/<name>` and open the app on it (`/` redirects
 * to `/?src=local-file/<name>`). Relative paths are read from where the command
 * was typed (pnpm's INIT_CWD). Without the variable, nothing changes.
 */
export function localFile(): Plugin {
  const middleware = (req: IncomingMessage, res: ServerResponse, next: Next) => {
    const file = process.env.TIDEMARK_FILE;
    if (!file) return next();
    const path = resolve(process.env.INIT_CWD ?? process.cwd(), file);
    const route = `local-file/${encodeURIComponent(basename(path))}`;
    const url = req.url ?? "/";
    if (url === "/" || url === "/index.html") {
      res.statusCode = 302;
      res.setHeader("Location", `/?src=${encodeURIComponent(route)}`);
      return res.end();
    }
    if (url.split("?")[0] !== `/${route}`) return next();
    try {
      const size = statSync(path).size;
      res.setHeader("Content-Type", path.endsWith(".json") ? "application/json" : "text/csv");
      res.setHeader("Content-Length", String(size));
      createReadStream(path).pipe(res);
    } catch {
      res.statusCode = 404;
      res.end(`TIDEMARK_FILE not found: ${path}`);
    }
  };
  const announce = (log: (message: string) => void) => {
    const file = process.env.TIDEMARK_FILE;
    if (file) log(`  ➜  Opens on: ${resolve(process.env.INIT_CWD ?? process.cwd(), file)}`);
  };
  return {
    name: "tidemark-local-file",
    configureServer(server) {
      server.middlewares.use(middleware);
      announce((m) => server.config.logger.info(m));
    },
    configurePreviewServer(server) {
      server.middlewares.use(middleware);
      announce((m) => server.config.logger.info(m));
    },
  };
}
