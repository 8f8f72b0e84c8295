// expect: none
import { MongoClient } from 'mongodb';

const locks = new MongoClient(process.env.MONGO_URL!).db('app').collection<{ _id: string; owner: string; expiresAt: Date }>('locks');

export async function acquire(name: string, owner: string, ttlMs: number): Promise<boolean> {
  const now = new Date();
  const res = await locks.findOneAndUpdate(
    { _id: name, $or: [{ expiresAt: { $lt: now } }, { owner }] },
    { $set: { owner, expiresAt: new Date(now.getTime() + ttlMs) } },
    { upsert: true, returnDocument: 'after' },
  ).catch(() => null);
  return res?.owner === owner;
}

export async function release(name: string, owner: string) {
  await locks.deleteOne({ _id: name, owner });
}
