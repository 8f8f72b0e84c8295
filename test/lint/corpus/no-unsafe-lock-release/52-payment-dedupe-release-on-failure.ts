// expect: unsafeRelease@15
import Redis from 'ioredis';

const redis = new Redis();

// Claim the payment so a retry of the same request cannot charge twice; give the claim back if charging fails.
export async function charge(paymentId: string, amount: number, requestId: string) {
  const claimKey = `payment:${paymentId}:claim`;
  const claimed = await redis.set(claimKey, requestId, 'EX', 3600, 'NX');
  if (!claimed) return { status: 'duplicate' as const };
  try {
    await gateway.charge(paymentId, amount);
    return { status: 'charged' as const };
  } catch (err) {
    await redis.del(claimKey);
    throw err;
  }
}

declare const gateway: { charge(id: string, amount: number): Promise<void> };
