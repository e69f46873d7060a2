// Bundles the dashboard into the Python package (src/eventwire/web/static/dist/), with the
// world-atlas country borders copied beside it so the map needs no network and no tile server.
import { build } from "esbuild";
import { copyFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, "..", "src", "eventwire", "web", "static", "dist");
mkdirSync(out, { recursive: true });

await build({
  entryPoints: [join(here, "src", "main.js")],
  bundle: true,
  minify: true,
  sourcemap: false,
  format: "iife",
  target: ["es2020"],
  outfile: join(out, "app.js"),
  loader: { ".png": "dataurl", ".svg": "dataurl" },
  logLevel: "warning",
});
copyFileSync(join(here, "node_modules", "world-atlas", "countries-50m.json"),
             join(out, "countries-50m.json"));
console.log(`dashboard built into ${out}`);
