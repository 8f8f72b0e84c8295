// require-deadline through typescript-eslint's RuleTester (real ESLint Linter, real parser), wired to node:test.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Linter } from 'eslint';
import * as tsParser from '@typescript-eslint/parser';
import { plugin } from '../../src/core/lint/plugin';
import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../src/core/lint/rules/require-deadline';

RuleTester.afterAll = after;
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const ruleTester = new RuleTester();
// rule-tester 8.72 carries its own copy of @typescript-eslint/utils types (8.73 here): same shape, distinct types.
const testedRule = rule as never;
const S = 'signal: AbortSignal.timeout(10000)';

ruleTester.run('require-deadline', testedRule, {
  valid: [
    // fetch with a signal, in every shape real code passes one
    `await fetch(url, { signal: AbortSignal.timeout(5000) });`,
    `const res = await fetch(\`\${base}/orders\`, { method: 'POST', body, signal: controller.signal });`,
    `export async function load(url: string, signal: AbortSignal) { return fetch(url, { signal }); }`,
    `const init: RequestInit = { headers, signal: AbortSignal.timeout(3000) };\nawait fetch(url, init);`,
    `const init: RequestInit = { headers };\ninit.signal = AbortSignal.timeout(3000);\nawait fetch(url, init);`,
    `const base = { signal: AbortSignal.timeout(2000) };\nawait fetch(url, { ...base, method: 'DELETE' });`,
    `await fetch(new Request(url, { signal: AbortSignal.timeout(1000) }));`,
    `const req = new Request(url, { signal });\nawait fetch(req);`,
    `await globalThis.fetch(url, { signal: ac.signal });`,
    // options we cannot see from here: stay quiet
    `export function call(url: string, init?: RequestInit) { return fetch(url, init); }`,
    `export function call(url: string, init: RequestInit) { return fetch(url, { ...init, headers: { a: '1' } }); }`,
    `export const get = (url: string) => fetch(url, buildInit());`,
    `class Api { constructor(private readonly init: RequestInit) {}\n get(u: string) { return fetch(u, this.init); } }`,
    // a project function that happens to be called fetch
    `import { fetch } from './http/fetch-with-retry';\nawait fetch('/orders');`,
    `async function fetch(id: string) { return db.find(id); }\nawait fetch('42');`,
    `const fetch = makeFetch({ timeoutMs: 5000 });\nawait fetch(url);`,
    `await this.fetch(url);`,
    `await store.fetch('orders');`,
    // axios
    `import axios from 'axios';\nawait axios.get(url, { timeout: 5000 });`,
    `import axios from 'axios';\nawait axios.post(url, body, { timeout: 5000, headers });`,
    `import axios from 'axios';\nawait axios.get(url, { signal: AbortSignal.timeout(5000) });`,
    `import axios from 'axios';\nawait axios({ url, method: 'GET', timeout: 2000 });`,
    `import axios from 'axios';\nawait axios.request({ url, timeout: 2000 });`,
    `import axios from 'axios';\nconst api = axios.create({ baseURL, timeout: 5000 });\nawait api.get('/users');\nawait api.post('/users', user);`,
    `import axios from 'axios';\naxios.defaults.timeout = 8000;\nawait axios.get(url);`,
    `import axios from 'axios';\nconst api = axios.create({ baseURL });\napi.defaults.timeout = 8000;\nawait api.get('/x');`,
    `import axios from 'axios';\nconst api = axios.create({ baseURL });\napi.interceptors.request.use((config) => { config.timeout = 4000; return config; });\nawait api.get('/x');`,
    `import axios from 'axios';\nclass Billing { private http = axios.create({ baseURL: BILLING, timeout: 3000 });\n charge(c: Charge) { return this.http.post('/charges', c); } }`,
    `import axios from 'axios';\nexport function make(config: AxiosRequestConfig) { return axios.create(config); }\nconst api = make({});`,
    `import axios from 'axios';\nexport function send(config: AxiosRequestConfig) { return axios(config); }`,
    `import axios from 'axios';\nif (axios.isAxiosError(err) || axios.isCancel(err)) throw err;`,
    `import axios, { AxiosInstance } from 'axios';\nexport class C { constructor(private readonly http: AxiosInstance) {}\n get() { return this.http.get('/x'); } }`,
    `const axios = require('axios');\nmodule.exports = () => axios.get(url, { timeout: 1000 });`,
    // got
    `import got from 'got';\nawait got(url, { timeout: { request: 5000 } });`,
    `import got from 'got';\nawait got.post(url, { json: body, signal: AbortSignal.timeout(5000) });`,
    `import got from 'got';\nconst client = got.extend({ prefixUrl: base, timeout: { request: 3000 } });\nawait client.get('users');`,
    // node:http
    `import http from 'node:http';\nhttp.get(url, { timeout: 5000 }, (res) => res.resume());`,
    `import * as https from 'https';\nconst req = https.request(options, onResponse);\nreq.setTimeout(5000, () => req.destroy());`,
    `import { request } from 'node:https';\nconst req = request({ host, path, timeout: 3000 });`,
    `import http from 'http';\nhttp.get(url, (res) => res.resume()).setTimeout(1000);`,
    `import http from 'http';\nconst req = http.get(url);\nconst t = setTimeout(() => req.destroy(new Error('deadline')), 2000);`,
    `const http = require('http');\nhttp.request({ hostname, signal: AbortSignal.timeout(1000) }).end();`,
    `import http from 'node:http';\nhttp.createServer(handler).listen(8080);`,
    // undici
    `import { request } from 'undici';\nawait request(url, { headersTimeout: 5000, bodyTimeout: 5000 });`,
    `import { request } from 'undici';\nawait request(url, { signal: AbortSignal.timeout(3000) });`,
    `import { Pool } from 'undici';\nconst pool = new Pool(origin, { headersTimeout: 2000, bodyTimeout: 2000 });\nawait pool.request({ path: '/', method: 'GET' });`,
    `import { fetch } from 'undici';\nawait fetch(url, { signal: AbortSignal.timeout(1000) });`,
    // gRPC
    `import * as grpc from '@grpc/grpc-js';\nimport { GreeterClient } from './gen/helloworld_grpc_pb';\nconst client = new GreeterClient(addr, grpc.credentials.createInsecure());\nclient.sayHello(req, { deadline: Date.now() + 1000 }, (err, res) => {});`,
    `import * as grpc from '@grpc/grpc-js';\nconst client = new RouteGuideClient(addr, grpc.credentials.createInsecure());\nconst call = client.listFeatures(rect, new grpc.Metadata(), { deadline });`,
    `import * as grpc from '@grpc/grpc-js';\nconst client = new OrdersClient(addr, creds);\nconst opts = { deadline: Date.now() + 500 };\nclient.getOrder(req, opts, cb);`,
    `import * as grpc from '@grpc/grpc-js';\nconst client = new OrdersClient(addr, creds);\nexport function get(req: Req, options: grpc.CallOptions) { return client.getOrder(req, options, () => {}); }`,
    `import * as grpc from '@grpc/grpc-js';\nconst client = new OrdersClient(addr, grpc.credentials.createInsecure());\nclient.close();\nclient.waitForReady(Date.now() + 1000, () => {});`,
    // the caller's wait is bounded by a wrapper
    `const res = await Promise.race([fetch(url), sleep(5000).then(() => { throw new Error('timeout'); })]);`,
    `import pTimeout from 'p-timeout';\nconst body = await pTimeout(fetch(url).then((r) => r.json()), { milliseconds: 3000 });`,
    `import axios from 'axios';\nconst { data } = await withTimeout(axios.get(url), 2000);`,
    `import axios from 'axios';\nconst source = axios.CancelToken.source();\nsetTimeout(() => source.cancel(), 3000);\nawait axios.get(url, { cancelToken: source.token });`,
    `export default { async fetch(request: Request) { return fetch(request); } };`,
    `import { got } from 'got';\nawait got(url, { timeout: { request: 1000 } });`,
    // near misses, one per library: each is quiet only because the rule reads this exact shape right
    // fetch: the Request carries the signal and the init has none; an lru-cache's own `.fetch(key)`
    `await fetch(new Request(url, { signal: AbortSignal.timeout(1000) }), { method: 'GET' });`,
    `import { LRUCache } from 'lru-cache';\nconst cache = new LRUCache<string, User>({ max: 500, fetchMethod: loadUser });\nconst user = await cache.fetch(id);`,
    // axios: a body method's config is its third argument, `delete` takes it second, a signal set by an
    // interceptor bounds every call, and `getUri` builds a URL without sending anything
    `import axios from 'axios';\nconst config = { headers, timeout: 3000 };\nawait axios.post(url, { sku, qty }, config);`,
    `import axios from 'axios';\nawait axios.delete(\`\${ORDERS}/\${id}\`, { timeout: 2000 });`,
    `import axios from 'axios';\nconst api = axios.create({ baseURL });\napi.interceptors.request.use((config) => { config.signal = AbortSignal.timeout(3000); return config; });\nawait api.post('/orders', order);`,
    `import axios from 'axios';\nconst href = axios.getUri({ url: '/users', params: { page } });`,
    // got: options-first call; `extend` makes a client without sending a request
    `import got from 'got';\nawait got({ url, method: 'POST', json: order, timeout: { request: 1000 } });`,
    `import got from 'got';\nexport const github = got.extend({ prefixUrl: 'https://api.github.com', responseType: 'json' });`,
    // node:http: a timer that aborts the request; the project's own `get` wrapper is not http's
    `import https from 'node:https';\nconst req = https.get(url, onResponse);\nsetTimeout(() => req.abort(), 5000);`,
    `import { get } from './api/http-client';\nconst orders = await get({ path: '/orders', query: { status: 'open' } });`,
    // undici: an Agent takes its options first; graphql-request's `request` is not undici's
    `import { Agent } from 'undici';\nconst agent = new Agent({ headersTimeout: 5000, bodyTimeout: 5000 });\nawait agent.request({ origin, path: '/health', method: 'GET' });`,
    `import { request } from 'graphql-request';\nconst data = await request({ url: endpoint, document: ORDERS_QUERY, variables: { first: 10 } });`,
    // gRPC: a Channel built from credentials is not a client; a Redis built with (port, host) in a gRPC file is not either
    `import * as grpc from '@grpc/grpc-js';\nconst channel = new grpc.Channel(addr, grpc.credentials.createInsecure(), {});\nchannel.getConnectivityState(true);`,
    // Another library's client in a file that uses gRPC is not a gRPC stub: its calls take no deadline option.
    `import * as grpc from '@grpc/grpc-js';\nimport { MongoClient } from 'mongodb';\nconst mongo = new MongoClient(url, { maxPoolSize: 10 });\nawait mongo.connect();\nconst orders = mongo.db('shop');`,
    `import * as grpc from '@grpc/grpc-js';\nimport { MongoClient } from 'mongodb';\nconst mongo = new MongoClient(url, mongoOptions);\nawait mongo.connect();`,
    `import * as grpc from '@grpc/grpc-js';\nconst { MongoClient } = require('mongodb');\nconst mongo = new MongoClient(url, mongoOptions);\nawait mongo.connect();`,
    `import * as grpc from '@grpc/grpc-js';\nimport * as es from '@elastic/elasticsearch';\nconst search = new es.Client(node, auth);\nawait search.ping();`,
    `import * as grpc from '@grpc/grpc-js';\nconst cache = new CacheClient(url, 'primary');\ncache.connect();`,
    `import * as grpc from '@grpc/grpc-js';\nimport Redis from 'ioredis';\nconst redis = new Redis(6379, 'cache');\nconst cached = await redis.get(\`order:\${id}\`);`,
    // look-alikes from other libraries
    `class Channel { private internalChannel = new InternalChannel(target, credentials, options);\n getTarget() { return this.internalChannel.getTarget(); } }`,
    `const cache = new Map<string, User>();\ncache.get(id);`,
    `import { S3Client } from '@aws-sdk/client-s3';\nconst s3 = new S3Client({ region });\nawait s3.send(cmd);`,
    `this.http.get('/api/users').subscribe();`,
    `router.get('/health', (req, res) => res.send('ok'));`,
  ],
  invalid: [
    {
      code: `const res = await fetch('https://api.example.com/orders');`,
      errors: [{ messageId: 'fetchWithoutSignal', data: { callee: 'fetch' }, line: 1, suggestions: [{ messageId: 'addSignal', data: { ms: '10000' }, output: `const res = await fetch('https://api.example.com/orders', { ${S} });` }] }],
    },
    {
      code: `await fetch(url, { method: 'POST', body: JSON.stringify(order) });`,
      errors: [{ messageId: 'fetchWithoutSignal', data: { callee: 'fetch' }, suggestions: [{ messageId: 'addSignal', data: { ms: '10000' }, output: `await fetch(url, { method: 'POST', body: JSON.stringify(order), ${S} });` }] }],
    },
    {
      code: `await fetch(url, { timeout: 5000 });`,
      errors: [{ messageId: 'fetchTimeoutIgnored', data: { callee: 'fetch' }, suggestions: [{ messageId: 'replaceTimeoutWithSignal', output: `await fetch(url, { signal: AbortSignal.timeout(5000) });` }] }],
    },
    {
      code: `const init = { headers, timeout: 3000 };\nawait fetch(url, init);`,
      errors: [{ messageId: 'fetchTimeoutIgnored', data: { callee: 'fetch' }, line: 2, suggestions: [{ messageId: 'addSignal', output: `const init = { headers, timeout: 3000 };\nawait fetch(url, { ...init, ${S} });` }] }],
    },
    {
      code: `const res = await fetch(url, {\n  method: 'PUT',\n  headers: { 'content-type': 'application/json' },\n});`,
      errors: [{ messageId: 'fetchWithoutSignal', suggestions: [{ messageId: 'addSignal', output: `const res = await fetch(url, {\n  method: 'PUT',\n  headers: { 'content-type': 'application/json' },\n  ${S},\n});` }] }],
    },
    {
      code: `import fetch from 'node-fetch';\nconst r = await fetch(url, { headers });`,
      errors: [{ messageId: 'fetchWithoutSignal', data: { callee: 'fetch' }, line: 2, suggestions: [{ messageId: 'addSignal', output: `import fetch from 'node-fetch';\nconst r = await fetch(url, { headers, ${S} });` }] }],
    },
    {
      code: `import { fetch } from 'undici';\nawait fetch(url, {});`,
      errors: [{ messageId: 'fetchWithoutSignal', suggestions: [{ messageId: 'addSignal', output: `import { fetch } from 'undici';\nawait fetch(url, { ${S} });` }] }],
    },
    {
      code: `await globalThis.fetch(url);`,
      errors: [{ messageId: 'fetchWithoutSignal', data: { callee: 'globalThis.fetch' }, suggestions: [{ messageId: 'addSignal', output: `await globalThis.fetch(url, { ${S} });` }] }],
    },
    {
      code: `await fetch(url);`,
      options: [{ defaultTimeoutMs: 2500 }],
      errors: [{ messageId: 'fetchWithoutSignal', suggestions: [{ messageId: 'addSignal', data: { ms: '2500' }, output: `await fetch(url, { signal: AbortSignal.timeout(2500) });` }] }],
    },
    {
      code: `import axios from 'axios';\nconst { data } = await axios.get(\`\${USERS}/\${id}\`);`,
      errors: [{ messageId: 'axiosWithoutTimeout', data: { callee: 'axios.get' }, line: 2, suggestions: [{ messageId: 'addTimeout', data: { ms: '10000' }, output: `import axios from 'axios';\nconst { data } = await axios.get(\`\${USERS}/\${id}\`, { timeout: 10000 });` }] }],
    },
    {
      code: `import axios from 'axios';\nawait axios.post(url, payload, { headers: { Authorization: token } });`,
      errors: [{ messageId: 'axiosWithoutTimeout', data: { callee: 'axios.post' }, suggestions: [{ messageId: 'addTimeout', output: `import axios from 'axios';\nawait axios.post(url, payload, { headers: { Authorization: token }, timeout: 10000 });` }] }],
    },
    {
      code: `import axios from 'axios';\nawait axios.post(url);`,
      errors: [{ messageId: 'axiosWithoutTimeout', suggestions: [{ messageId: 'addTimeout', output: `import axios from 'axios';\nawait axios.post(url, undefined, { timeout: 10000 });` }] }],
    },
    {
      code: `import axios from 'axios';\nawait axios({ method: 'post', url, data });`,
      errors: [{ messageId: 'axiosWithoutTimeout', data: { callee: 'axios' }, suggestions: [{ messageId: 'addTimeout', output: `import axios from 'axios';\nawait axios({ method: 'post', url, data, timeout: 10000 });` }] }],
    },
    {
      code: `import axios from 'axios';\nawait axios.get(url, { timeout: 0 });`,
      errors: [{ messageId: 'axiosWithoutTimeout', suggestions: [{ messageId: 'addTimeout', output: `import axios from 'axios';\nawait axios.get(url, { timeout: 10000 });` }] }],
    },
    {
      code: `import axios from 'axios';\nconst api = axios.create({ baseURL: process.env.API_URL });\nexport const listUsers = () => api.get('/users');\nexport const addUser = (u: User) => api.post('/users', u);`,
      errors: [
        { messageId: 'axiosWithoutTimeout', data: { callee: 'api.get' }, line: 3, suggestions: [{ messageId: 'addTimeout', output: `import axios from 'axios';\nconst api = axios.create({ baseURL: process.env.API_URL });\nexport const listUsers = () => api.get('/users', { timeout: 10000 });\nexport const addUser = (u: User) => api.post('/users', u);` }] },
        { messageId: 'axiosWithoutTimeout', data: { callee: 'api.post' }, line: 4, suggestions: [{ messageId: 'addTimeout', output: `import axios from 'axios';\nconst api = axios.create({ baseURL: process.env.API_URL });\nexport const listUsers = () => api.get('/users');\nexport const addUser = (u: User) => api.post('/users', u, { timeout: 10000 });` }] },
      ],
    },
    {
      code: `import axios from 'axios';\nclass Payments {\n  private readonly http = axios.create({ baseURL: PAY_URL });\n  refund(id: string) { return this.http.post(\`/refunds/\${id}\`, {}); }\n}`,
      errors: [{ messageId: 'axiosWithoutTimeout', data: { callee: 'this.http.post' }, line: 4, suggestions: [{ messageId: 'addTimeout', output: `import axios from 'axios';\nclass Payments {\n  private readonly http = axios.create({ baseURL: PAY_URL });\n  refund(id: string) { return this.http.post(\`/refunds/\${id}\`, {}, { timeout: 10000 }); }\n}` }] }],
    },
    {
      code: `const axios = require('axios');\nconst cfg = { headers };\nmodule.exports = (u) => axios.get(u, cfg);`,
      errors: [{ messageId: 'axiosWithoutTimeout', suggestions: [{ messageId: 'addTimeout', output: `const axios = require('axios');\nconst cfg = { headers };\nmodule.exports = (u) => axios.get(u, { ...cfg, timeout: 10000 });` }] }],
    },
    {
      code: `import { got } from 'got';\nawait got.get(url);`,
      errors: [{ messageId: 'gotWithoutTimeout', data: { callee: 'got.get' }, suggestions: [{ messageId: 'addSignal', output: `import { got } from 'got';\nawait got.get(url, { ${S} });` }] }],
    },
    {
      code: `import got from 'got';\nconst body = await got(url).json();`,
      errors: [{ messageId: 'gotWithoutTimeout', data: { callee: 'got' }, suggestions: [{ messageId: 'addSignal', output: `import got from 'got';\nconst body = await got(url, { ${S} }).json();` }] }],
    },
    {
      code: `import got from 'got';\nawait got.post(WEBHOOK_URL, { json: event, retry: { limit: 2 } });`,
      errors: [{ messageId: 'gotWithoutTimeout', data: { callee: 'got.post' }, suggestions: [{ messageId: 'addSignal', output: `import got from 'got';\nawait got.post(WEBHOOK_URL, { json: event, retry: { limit: 2 }, ${S} });` }] }],
    },
    {
      code: `import got from 'got';\nconst gh = got.extend({ prefixUrl: 'https://api.github.com' });\nawait gh.get('repos/a/b');`,
      errors: [{ messageId: 'gotWithoutTimeout', data: { callee: 'gh.get' }, line: 3, suggestions: [{ messageId: 'addSignal', output: `import got from 'got';\nconst gh = got.extend({ prefixUrl: 'https://api.github.com' });\nawait gh.get('repos/a/b', { ${S} });` }] }],
    },
    {
      code: `import https from 'node:https';\nhttps.get(url, (res) => res.pipe(out));`,
      errors: [{ messageId: 'httpWithoutTimeout', data: { callee: 'https.get' }, suggestions: [{ messageId: 'addTimeout', output: `import https from 'node:https';\nhttps.get(url, { timeout: 10000 }, (res) => res.pipe(out));` }] }],
    },
    {
      code: `import * as http from 'http';\nconst req = http.request({ host: 'inventory', port: 80, path: '/stock', method: 'POST' }, onRes);\nreq.end(body);`,
      errors: [{ messageId: 'httpWithoutTimeout', data: { callee: 'http.request' }, suggestions: [{ messageId: 'addTimeout', output: `import * as http from 'http';\nconst req = http.request({ host: 'inventory', port: 80, path: '/stock', method: 'POST', timeout: 10000 }, onRes);\nreq.end(body);` }] }],
    },
    {
      code: `import { request } from 'node:http';\nconst req = request(url);\nreq.on('error', () => req.destroy());`,
      errors: [{ messageId: 'httpWithoutTimeout', data: { callee: 'request' }, suggestions: [{ messageId: 'addTimeout', output: `import { request } from 'node:http';\nconst req = request(url, { timeout: 10000 });\nreq.on('error', () => req.destroy());` }] }],
    },
    {
      code: `const https = require('https');\nhttps.request(opts, cb).end();\nconst opts = { hostname: 'pay' };`,
      errors: [{ messageId: 'httpWithoutTimeout', suggestions: [{ messageId: 'addTimeout', output: `const https = require('https');\nhttps.request({ ...opts, timeout: 10000 }, cb).end();\nconst opts = { hostname: 'pay' };` }] }],
    },
    {
      code: `import { request } from 'undici';\nconst { body } = await request(\`\${base}/quotes\`);`,
      errors: [{ messageId: 'undiciWithoutTimeout', data: { callee: 'request' }, suggestions: [{ messageId: 'addSignal', output: `import { request } from 'undici';\nconst { body } = await request(\`\${base}/quotes\`, { ${S} });` }] }],
    },
    {
      code: `import * as undici from 'undici';\nawait undici.request(url, { method: 'POST', body });`,
      errors: [{ messageId: 'undiciWithoutTimeout', data: { callee: 'undici.request' }, suggestions: [{ messageId: 'addSignal', output: `import * as undici from 'undici';\nawait undici.request(url, { method: 'POST', body, ${S} });` }] }],
    },
    {
      code: `import { Pool } from 'undici';\nconst pool = new Pool('http://search:9200', { connections: 16 });\nawait pool.request({ path: '/_search', method: 'POST', body });`,
      errors: [{ messageId: 'undiciWithoutTimeout', data: { callee: 'pool.request' }, suggestions: [{ messageId: 'addSignal', output: `import { Pool } from 'undici';\nconst pool = new Pool('http://search:9200', { connections: 16 });\nawait pool.request({ path: '/_search', method: 'POST', body, ${S} });` }] }],
    },
    {
      code: `import { Client } from 'undici';\nconst client = new Client(origin);\nawait client.stream({ path: '/export', method: 'GET' }, () => sink);`,
      errors: [{ messageId: 'undiciWithoutTimeout', data: { callee: 'client.stream' }, suggestions: [{ messageId: 'addSignal', output: `import { Client } from 'undici';\nconst client = new Client(origin);\nawait client.stream({ path: '/export', method: 'GET', ${S} }, () => sink);` }] }],
    },
    {
      code: `import * as grpc from '@grpc/grpc-js';\nconst client = new GreeterClient('localhost:50051', grpc.credentials.createInsecure());\nclient.sayHello(request, (err, reply) => console.log(reply));`,
      errors: [{ messageId: 'grpcWithoutDeadline', data: { callee: 'client.sayHello' }, line: 3, suggestions: [{ messageId: 'addDeadline', data: { ms: '10000' }, output: `import * as grpc from '@grpc/grpc-js';\nconst client = new GreeterClient('localhost:50051', grpc.credentials.createInsecure());\nclient.sayHello(request, { deadline: Date.now() + 10000 }, (err, reply) => console.log(reply));` }] }],
    },
    {
      // A generated stub from this project's files, made with a credentials variable.
      code: `import * as grpc from '@grpc/grpc-js';\nimport { OrdersClient } from './gen/orders_grpc_pb';\nconst client = new OrdersClient(addr, creds);\nclient.getOrder(req, cb);`,
      errors: [{ messageId: 'grpcWithoutDeadline', data: { callee: 'client.getOrder' }, line: 4, suggestions: [{ messageId: 'addDeadline', data: { ms: '10000' }, output: `import * as grpc from '@grpc/grpc-js';\nimport { OrdersClient } from './gen/orders_grpc_pb';\nconst client = new OrdersClient(addr, creds);\nclient.getOrder(req, { deadline: Date.now() + 10000 }, cb);` }] }],
    },
    {
      // A stub from a package of generated protos.
      code: `import * as grpc from '@grpc/grpc-js';\nimport { StockClient } from '@acme/protos';\nconst stock = new StockClient(addr, channelCreds);\nstock.reserve(req, cb);`,
      errors: [{ messageId: 'grpcWithoutDeadline', data: { callee: 'stock.reserve' }, suggestions: [{ messageId: 'addDeadline', output: `import * as grpc from '@grpc/grpc-js';\nimport { StockClient } from '@acme/protos';\nconst stock = new StockClient(addr, channelCreds);\nstock.reserve(req, { deadline: Date.now() + 10000 }, cb);` }] }],
    },
    {
      code: `import * as grpc from '@grpc/grpc-js';\nconst client = new RouteGuideClient(addr, grpc.credentials.createSsl());\nconst call = client.listFeatures(rectangle);`,
      errors: [{ messageId: 'grpcWithoutDeadline', data: { callee: 'client.listFeatures' }, suggestions: [{ messageId: 'addDeadline', output: `import * as grpc from '@grpc/grpc-js';\nconst client = new RouteGuideClient(addr, grpc.credentials.createSsl());\nconst call = client.listFeatures(rectangle, { deadline: Date.now() + 10000 });` }] }],
    },
    {
      code: `import * as grpc from '@grpc/grpc-js';\nconst client = new RouteGuideClient(addr, grpc.credentials.createInsecure());\nconst chat = client.routeChat();`,
      errors: [{ messageId: 'grpcWithoutDeadline', suggestions: [{ messageId: 'addDeadline', output: `import * as grpc from '@grpc/grpc-js';\nconst client = new RouteGuideClient(addr, grpc.credentials.createInsecure());\nconst chat = client.routeChat({ deadline: Date.now() + 10000 });` }] }],
    },
    {
      code: `import * as grpc from '@grpc/grpc-js';\nconst client = new OrdersClient(addr, grpc.credentials.createInsecure());\nclient.getOrder(req, new grpc.Metadata(), { waitForReady: true }, cb);`,
      options: [{ defaultTimeoutMs: 750 }],
      errors: [{ messageId: 'grpcWithoutDeadline', suggestions: [{ messageId: 'addDeadline', data: { ms: '750' }, output: `import * as grpc from '@grpc/grpc-js';\nconst client = new OrdersClient(addr, grpc.credentials.createInsecure());\nclient.getOrder(req, new grpc.Metadata(), { waitForReady: true, deadline: Date.now() + 750 }, cb);` }] }],
    },
    {
      code: `import * as grpc from '@grpc/grpc-js';\nclass Inventory {\n  private client = new StockClient(process.env.STOCK_ADDR!, grpc.credentials.createInsecure());\n  reserve(req: ReserveRequest, metadata: grpc.Metadata) {\n    return new Promise((ok, fail) => this.client.reserve(req, metadata, (e, r) => (e ? fail(e) : ok(r))));\n  }\n}`,
      errors: [{ messageId: 'grpcWithoutDeadline', data: { callee: 'this.client.reserve' }, line: 5, suggestions: [{ messageId: 'addDeadline', output: `import * as grpc from '@grpc/grpc-js';\nclass Inventory {\n  private client = new StockClient(process.env.STOCK_ADDR!, grpc.credentials.createInsecure());\n  reserve(req: ReserveRequest, metadata: grpc.Metadata) {\n    return new Promise((ok, fail) => this.client.reserve(req, metadata, { deadline: Date.now() + 10000 }, (e, r) => (e ? fail(e) : ok(r))));\n  }\n}` }] }],
    },
  ],
});

describe('require-deadline options', () => {
  const linter = new Linter({ configType: 'flat' });
  const lint = (options: unknown) =>
    linter.verify('await fetch(url);', [
      { files: ['**/*.ts'], languageOptions: { parser: tsParser }, plugins: { archlens: plugin as never }, rules: { 'archlens/require-deadline': ['error', options] } },
    ], 'client.ts');

  it('puts the configured milliseconds in the suggestion', () => {
    const [finding] = lint({ defaultTimeoutMs: 1500 });
    assert.equal(finding?.suggestions?.[0]?.fix.text, ', { signal: AbortSignal.timeout(1500) }');
  });

  it('rejects a defaultTimeoutMs that is not a positive integer, and unknown options', () => {
    for (const bad of [{ defaultTimeoutMs: 0 }, { defaultTimeoutMs: 2.5 }, { defaultTimeoutMs: '5s' }, { timeoutMs: 5 }]) {
      assert.throws(() => lint(bad), /require-deadline.*invalid|invalid.*require-deadline|should|must/is, JSON.stringify(bad));
    }
  });
});
