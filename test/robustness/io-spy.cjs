/**
 * Preloaded with `node --require test/robustness/io-spy.cjs …` by security.test.ts: records every
 * file the process opens or reads, every folder it lists, every file or folder it writes, renames or
 * creates, and every attempt at a network connection,
 * a DNS lookup or a child process, one JSON line each, in the file named by ECE_IO_LOG. It only
 * observes: each call goes on to the real function.
 */
'use strict';
const fs = require('node:fs');
const Module = require('node:module');

const LOG = process.env.ECE_IO_LOG;
if (!LOG) throw new Error('io-spy: set ECE_IO_LOG to the file to log to');
const append = fs.appendFileSync;
let logging = false;

function record(op, target) {
    if (logging) return;
    logging = true;
    try {
        const where = typeof target === 'string' || target instanceof URL || Buffer.isBuffer(target) ? String(target)
            : typeof target === 'number' ? `fd:${target}` : JSON.stringify(target ?? null);
        append(LOG, `${JSON.stringify({ op, target: where })}\n`);
    } finally {
        logging = false;
    }
}

function spy(object, name, op) {
    const original = object[name];
    if (typeof original !== 'function') return;
    const wrapper = function (...args) {
        record(op, args[0]);
        return original.apply(this, args);
    };
    Object.defineProperty(wrapper, 'name', { value: name });
    object[name] = wrapper;
}

for (const name of ['open', 'openSync', 'readFile', 'readFileSync', 'createReadStream']) spy(fs, name, 'read');
for (const name of ['readdir', 'readdirSync', 'opendir', 'opendirSync']) spy(fs, name, 'list');
for (const name of ['open', 'readFile']) spy(fs.promises, name, 'read');
for (const name of ['writeFile', 'writeFileSync', 'rename', 'renameSync', 'mkdir', 'mkdirSync', 'createWriteStream']) spy(fs, name, 'write');
for (const name of ['writeFile', 'rename', 'mkdir']) spy(fs.promises, name, 'write');
for (const name of ['readdir', 'opendir']) spy(fs.promises, name, 'list');

const net = require('node:net');
for (const name of ['connect', 'createConnection', 'createServer']) spy(net, name, 'network');
spy(net.Socket.prototype, 'connect', 'network');
for (const id of ['node:http', 'node:https']) {
    const http = require(id);
    for (const name of ['request', 'get', 'createServer']) spy(http, name, 'network');
}
spy(require('node:tls'), 'connect', 'network');
spy(require('node:dgram'), 'createSocket', 'network');
const dns = require('node:dns');
for (const name of ['lookup', 'resolve', 'resolve4', 'resolve6']) spy(dns, name, 'network');
for (const name of ['lookup', 'resolve']) spy(dns.promises, name, 'network');
if (typeof globalThis.fetch === 'function') spy(globalThis, 'fetch', 'network');
const childProcess = require('node:child_process');
for (const name of ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork']) spy(childProcess, name, 'process');

// ES modules (our code imports `node:fs`) see the patched functions only after this.
Module.syncBuiltinESMExports();
