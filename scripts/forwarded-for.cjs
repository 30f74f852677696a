'use strict';
// Preloaded into the Next.js server by `npm start` (node --require). Next's own server writes
// X-Forwarded-For only when a request has none, so a client's made-up value would reach the app
// as it is. Here, before Next sees a request, the server appends the address of the peer that
// actually connected, exactly as a proxy does. lib/client-ip.ts counts TRUSTED_PROXY_HOPS entries
// back from that last one, so nothing a client writes can choose the address the sign-in limits
// count against.
// A CommonJS file on purpose: `node --require` preloads it synchronously, before Next starts.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const http = require('node:http');

/** Appends the connecting peer's address to the request's X-Forwarded-For (Node joins repeated headers with ", "). */
function appendPeerAddress(req) {
  const peer = req.socket && req.socket.remoteAddress;
  if (!peer) return;
  const existing = req.headers['x-forwarded-for'];
  const prior = Array.isArray(existing) ? existing.join(', ') : existing;
  req.headers['x-forwarded-for'] = prior && prior.trim() !== '' ? `${prior}, ${peer}` : peer;
}

const INSTALLED = Symbol.for('newsroom.forwarded-for');
if (!http.Server.prototype[INSTALLED]) {
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function emitWithPeerAddress(event, ...args) {
    if (event === 'request' && args[0] && args[0].headers) appendPeerAddress(args[0]);
    return emit.call(this, event, ...args);
  };
  Object.defineProperty(http.Server.prototype, INSTALLED, { value: true });
}

module.exports = { appendPeerAddress };
