// expect: unsafeRelease@15, unsafeRelease@18
import Redis from "ioredis";
import { randomUUID } from "crypto";

const redis = new Redis();

export async function refund(paymentId: string) {
  const key = `refund-lock:${paymentId}`;
  const token = randomUUID();
  const ok = await redis.set(key, token, "NX", "EX", 30);
  if (!ok) throw new Error("refund already running");
  try {
    await processRefund(paymentId);
  } catch (err) {
    await redis.del(key);
    throw err;
  }
  await redis.del(key);
}

declare function processRefund(id: string): Promise<void>;
