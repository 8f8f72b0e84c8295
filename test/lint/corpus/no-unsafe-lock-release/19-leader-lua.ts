// expect: none
import Redis from 'ioredis';

const redis = new Redis();
const LEADER = 'leader:billing';
const RENEW = 'if redis.call("get",KEYS[1]) == ARGV[1] then return redis.call("pexpire",KEYS[1],ARGV[2]) else return 0 end';
const RESIGN = 'if redis.call("get",KEYS[1]) == ARGV[1] then return redis.call("del",KEYS[1]) else return 0 end';

export class LeaderElector {
  constructor(private readonly id: string, private readonly ttlMs = 10_000) {}

  async tryLead(): Promise<boolean> {
    return (await redis.set(LEADER, this.id, 'NX', 'PX', this.ttlMs)) === 'OK';
  }

  async renew(): Promise<boolean> {
    return (await redis.eval(RENEW, 1, LEADER, this.id, this.ttlMs)) === 1;
  }

  async resign(): Promise<void> {
    await redis.eval(RESIGN, 1, LEADER, this.id);
  }
}
