// @ts-nocheck
// expect: updateThenSet@11
import mongoose from 'mongoose';
import { client as redis } from './redis-client';

const Profile = mongoose.model('Profile', new mongoose.Schema({ userId: String, avatarUrl: String }));

export function setAvatar(userId: string, avatarUrl: string) {
  return Profile.findOneAndUpdate({ userId }, { avatarUrl }, { new: true, upsert: true })
    .exec()
    .then((profile) => redis.set(`profile:${userId}`, JSON.stringify(profile)))
    .then(() => avatarUrl);
}
