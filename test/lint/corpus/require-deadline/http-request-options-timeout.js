// expect: httpWithoutTimeout@12
const http = require('http');

function checkUpstream(hostname, cb) {
  const req = http.request({ hostname, path: '/health', timeout: 1500 }, (res) => cb(null, res.statusCode));
  req.on('timeout', () => req.destroy(new Error('timeout')));
  req.on('error', cb);
  req.end();
}

function checkUpstreamNoDeadline(hostname, cb) {
  const req = http.request({ hostname, path: '/health' }, (res) => cb(null, res.statusCode));
  req.on('error', cb);
  req.end();
}

module.exports = { checkUpstream, checkUpstreamNoDeadline };
