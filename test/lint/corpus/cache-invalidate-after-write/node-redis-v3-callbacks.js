// @ts-nocheck
// expect: updateThenSet@11
const redis = require('redis');
const { pool } = require('./db');

const client = redis.createClient();

function updateScore(playerId, score, cb) {
  pool.query('UPDATE players SET score = $1 WHERE id = $2', [score, playerId], (err) => {
    if (err) return cb(err);
    client.setex('player:' + playerId, 120, String(score), cb);
  });
}

function getScore(playerId, cb) {
  client.get('player:' + playerId, (err, hit) => {
    if (err || hit !== null) return cb(err, hit && Number(hit));
    pool.query('SELECT score FROM players WHERE id = $1', [playerId], (err2, res) => {
      if (err2) return cb(err2);
      client.setex('player:' + playerId, 120, String(res.rows[0].score));
      cb(null, res.rows[0].score);
    });
  });
}

module.exports = { updateScore, getScore };
