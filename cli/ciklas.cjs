#!/usr/bin/env node
'use strict';
// The `ciklas` command (package.json "bin"): TypeScript run through tsx, as `npm start` does.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= '1';
require('tsx/cjs/api').register();
const { main } = require('./main.ts');
main(process.argv.slice(2), process.env).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    // main() answers every expected problem itself; this is a bug, reported in one line.
    process.stderr.write(`ciklas: ${error && error.message ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
