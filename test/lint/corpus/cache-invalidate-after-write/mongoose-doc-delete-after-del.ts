// @ts-nocheck
// expect: deleteThenUpdate@9
import { Comment } from '../models/comment';
import { cache } from '../cache';

export async function removeComment(commentId: string, userId: string) {
  const comment = await Comment.findById(commentId);
  if (!comment || String(comment.author) !== userId) throw new Error('Comment not found or not yours');
  await cache.del(`comments:post:${comment.post}`);
  await comment.deleteOne();
}
