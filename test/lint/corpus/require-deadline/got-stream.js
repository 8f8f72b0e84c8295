// expect: gotWithoutTimeout@7
const got = require('got');
const { pipeline } = require('node:stream/promises');
const fs = require('node:fs');

async function mirrorFile(url, dest) {
  await pipeline(got.stream(url), fs.createWriteStream(dest));
}

module.exports = { mirrorFile };
