// expect: unsafeRelease@16
import { createClient, type RedisClientType } from 'redis';

export class InventoryLock {
  constructor(private readonly client: RedisClientType, private readonly ttlMs = 8000) {}

  async hold(sku: string, holder: string): Promise<boolean> {
    const res = await this.client.set(`inventory:${sku}:lock`, holder, {
      condition: 'NX',
      expiration: { type: 'PX', value: this.ttlMs },
    });
    return res === 'OK';
  }

  async free(sku: string): Promise<void> {
    await this.client.unlink(`inventory:${sku}:lock`);
  }
}
