// @ts-nocheck
// expect: updateThenSet@10
const { User } = require('../models');
const redis = require('../lib/redis');

async function changeEmail(userId, email) {
  const user = await User.findByPk(userId);
  if (!user) throw new Error(`User ${userId} not found`);
  await user.update({ email });
  await redis.set(`user:${userId}`, JSON.stringify(user.toJSON()));
  return user;
}

async function deactivate(userId) {
  await User.update({ active: false }, { where: { id: userId } });
  await redis.del(`user:${userId}`);
}

module.exports = { changeEmail, deactivate };
