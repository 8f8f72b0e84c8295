// @ts-nocheck
// expect: updateThenSet@16
import { MongoClient, ObjectId } from 'mongodb';
import { createClient } from 'redis';

const mongo = new MongoClient(process.env.MONGO_URL!);
const redis = createClient();
const users = mongo.db('app').collection('users');

export async function setPreferences(id: string, prefs: Record<string, unknown>) {
  const result = await users.findOneAndUpdate(
    { _id: new ObjectId(id) },
    { $set: { prefs } },
    { returnDocument: 'after' },
  );
  await redis.hSet(`user:${id}`, { prefs: JSON.stringify(prefs) });
  return result;
}

export async function deleteUser(id: string) {
  await users.deleteOne({ _id: new ObjectId(id) });
  await redis.del(`user:${id}`);
}
