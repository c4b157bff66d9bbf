// Builds the web app's editor bundle (development time only; the bundle is committed and shipped
// inside the Python package, so users need neither Node nor npm).
//
//   cd web && npm ci && node ../scripts/build_web.mjs
//
// Writes src/packetcoach/frontends/web/static/app.js, LICENSES.txt (the licence of every npm
// package inside the bundle) and bundle.json (the hash of the sources it was built from, which
// tests/test_web_bundle.py recomputes to catch a bundle older than its sources).

import { createHash } from "node:crypto";
import { readFileSync, readdirSync, writeFileSync, existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const web = join(root, "web");
const out = join(root, "src", "packetcoach", "frontends", "web", "static");
const require = createRequire(join(web, "package.json"));
const esbuild = require("esbuild");

// The inputs that decide the bundle: the page's own modules, the locked npm versions, this script.
export function sourceFiles() {
  const files = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path); else if (entry.name.endsWith(".js")) files.push(path);
    }
  };
  walk(join(web, "src"));
  files.push(join(web, "package.json"), join(web, "package-lock.json"), fileURLToPath(import.meta.url));
  return files.map((path) => relative(root, path).split(sep).join("/")).sort();
}

export function sourceHash() {
  const hash = createHash("sha256");
  for (const name of sourceFiles()) {
    hash.update(name + "\0");
    hash.update(readFileSync(join(root, name)).toString("utf8").replace(/\r\n/g, "\n"));
    hash.update("\0");
  }
  return hash.digest("hex");
}

function packageOf(path) {
  const parts = path.split("/");
  const at = parts.lastIndexOf("node_modules");
  if (at === -1) return null;
  const name = parts[at + 1].startsWith("@") ? `${parts[at + 1]}/${parts[at + 2]}` : parts[at + 1];
  return { name, dir: parts.slice(0, at + 1).join("/") + "/" + name };
}

function licences(metafile) {
  const seen = new Map();
  for (const input of Object.keys(metafile.inputs)) {
    const found = packageOf(input);
    if (found && !seen.has(found.name)) seen.set(found.name, join(web, found.dir));
  }
  const blocks = [];
  for (const [name, dir] of [...seen].sort()) {
    const meta = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
    const file = readdirSync(dir).find((f) => /^licen[cs]e/i.test(f));
    const text = file ? readFileSync(join(dir, file), "utf8").trim() : `License: ${meta.license}`;
    blocks.push(`${name}@${meta.version} (${meta.license})\n\n${text}`);
  }
  return "The editor bundle (app.js) contains these npm packages, under these licences.\n\n"
    + blocks.join("\n\n" + "-".repeat(72) + "\n\n") + "\n";
}

const result = await esbuild.build({
  entryPoints: [join(web, "src", "main.js")],
  bundle: true,
  format: "iife",
  target: ["es2020", "chrome100", "firefox100", "safari15"],
  minify: true,
  legalComments: "none",
  charset: "utf8",
  metafile: true,
  write: false,
  banner: { js: "/* packetcoach web app; built by scripts/build_web.mjs. Licences: /static/LICENSES.txt */" },
});
const bundle = result.outputFiles[0].contents;
writeFileSync(join(out, "app.js"), bundle);
writeFileSync(join(out, "LICENSES.txt"), licences(result.metafile));
const record = {
  sources: sourceHash(),
  files: sourceFiles(),
  bundle: createHash("sha256").update(bundle).digest("hex"),
  bytes: bundle.length,
};
writeFileSync(join(out, "bundle.json"), JSON.stringify(record, null, 2) + "\n");
console.log(`app.js: ${(bundle.length / 1024).toFixed(0)} KiB from ${Object.keys(result.metafile.inputs).length} modules`);
if (!existsSync(join(web, "package-lock.json"))) throw new Error("web/package-lock.json is missing");
