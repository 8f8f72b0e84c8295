// @ts-nocheck
// expect: updateThenSet@17
import { DataSource, EntityManager } from 'typeorm';
import type { Redis } from 'ioredis';
import { Wallet } from './wallet.entity';
import { LedgerEntry } from './ledger-entry.entity';

export class WalletService {
  constructor(private readonly dataSource: DataSource, private readonly redis: Redis) {}

  async credit(walletId: string, amount: number) {
    const wallet = await this.dataSource.transaction(async (manager: EntityManager) => {
      await manager.insert(LedgerEntry, { walletId, amount });
      await manager.increment(Wallet, { id: walletId }, 'balance', amount);
      return manager.findOneByOrFail(Wallet, { id: walletId });
    });
    await this.redis.set(`wallet:${walletId}`, JSON.stringify(wallet));
    return wallet;
  }
}
