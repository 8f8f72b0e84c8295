// @ts-nocheck
// expect: none
import mongoose from 'mongoose';
import { Account, Transfer } from '../models';
import { cache } from '../cache';

export async function transfer(fromId: string, toId: string, amount: number) {
  const session = await mongoose.startSession();
  try {
    await session.withTransaction(async () => {
      await Account.updateOne({ _id: fromId }, { $inc: { balance: -amount } }, { session });
      await Account.updateOne({ _id: toId }, { $inc: { balance: amount } }, { session });
      await Transfer.create([{ fromId, toId, amount }], { session });
    });
  } finally {
    await session.endSession();
  }
  await cache.del(`account:${fromId}`);
  await cache.del(`account:${toId}`);
}
