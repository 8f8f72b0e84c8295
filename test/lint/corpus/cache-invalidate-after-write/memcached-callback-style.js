// @ts-nocheck
// expect: updateThenSet@10
const Memcached = require('memcached');
const { Post } = require('./models');

const memcached = new Memcached('localhost:11211');

exports.updateTitle = async function updateTitle(id, title) {
  const [, [post]] = await Post.update({ title }, { where: { id }, returning: true });
  memcached.set(`post:${id}`, JSON.stringify(post), 300, (err) => {
    if (err) console.error('memcached set failed', err);
  });
  return post;
};

exports.getPost = async function getPost(id) {
  return new Promise((resolve, reject) => {
    memcached.get(`post:${id}`, async (err, hit) => {
      if (err) return reject(err);
      if (hit) return resolve(JSON.parse(hit));
      const post = await Post.findByPk(id);
      memcached.set(`post:${id}`, JSON.stringify(post), 300, () => resolve(post));
    });
  });
};
