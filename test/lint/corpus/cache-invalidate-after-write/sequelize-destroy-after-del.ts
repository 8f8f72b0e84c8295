// @ts-nocheck
// expect: deleteThenUpdate@8
import { Op } from 'sequelize';
import { Session, Device } from '../db/models';
import { cacheManager } from '../cache';

export async function removeDevice(userId: number, deviceId: number) {
  await cacheManager.del(`devices:${userId}`);
  await Device.destroy({ where: { id: deviceId, userId } });
}

export async function purgeExpiredDevices(before: Date) {
  const removed = await Device.destroy({ where: { lastSeenAt: { [Op.lt]: before } } });
  return removed;
}
