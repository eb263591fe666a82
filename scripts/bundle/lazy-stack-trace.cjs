// Stands in for cdktf's lib/tokens/private/stack-trace.js in the bundled app only (scripts/bundle-app.mjs). cdktf
// records where each token was created (the lines of a full stack trace, shown only when resolving the token fails)
// and formats those lines at once: a one-branch synth creates about 250 tokens and reads none of their stacks.
// Here the stack is captured at the same point, with the same depth, and formatted into the same lines when the
// array is first read.
"use strict";

function captureStackTrace(below) {
  const holder = {};
  const previousLimit = Error.stackTraceLimit;
  try {
    Error.stackTraceLimit = Number.MAX_SAFE_INTEGER;
    Error.captureStackTrace(holder, below || captureStackTrace);
  } finally {
    Error.stackTraceLimit = previousLimit;
  }
  const lines = [];
  let formatted = false;
  const read = () => {
    if (!formatted) {
      formatted = true;
      const text = holder.stack;
      if (text) for (const line of text.split("\n").slice(1)) lines.push(line.replace(/^\s*at\s+/, ""));
    }
    return lines;
  };
  return new Proxy(lines, {
    get: (target, key, receiver) => Reflect.get(read(), key, receiver),
    set: (target, key, value, receiver) => Reflect.set(read(), key, value, receiver),
    has: (target, key) => Reflect.has(read(), key),
    ownKeys: () => Reflect.ownKeys(read()),
    getOwnPropertyDescriptor: (target, key) => Reflect.getOwnPropertyDescriptor(read(), key),
    defineProperty: (target, key, descriptor) => Reflect.defineProperty(read(), key, descriptor),
    deleteProperty: (target, key) => Reflect.deleteProperty(read(), key),
  });
}

Object.defineProperty(exports, "__esModule", { value: true });
exports.captureStackTrace = captureStackTrace;
