// @ts-nocheck
// expect: none
import type { Request, Response } from 'express';
import { prisma } from '../prisma';
import bcrypt from 'bcrypt';

export async function login(req: Request, res: Response) {
  const { email, password } = req.body;
  const user = await prisma.user.findUnique({ where: { email } });
  if (!user || !(await bcrypt.compare(password, user.passwordHash))) {
    return res.status(401).json({ error: 'Invalid email or password' });
  }
  await prisma.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
  req.session.userId = user.id;
  req.session.set?.('user', user);
  res.json({ id: user.id });
}
