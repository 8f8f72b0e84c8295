// @ts-nocheck
// expect: updateThenSet@11
import mysql from 'mysql2/promise';
import Redis from 'ioredis';

const pool = mysql.createPool({ uri: process.env.MYSQL_URL });
const redis = new Redis();

export async function renameCategory(id: number, name: string) {
  await pool.execute(`UPDATE categories SET name = ? WHERE id = ?`, [name, id]);
  await redis.hset('categories', String(id), name);
}

export async function deleteCategory(id: number) {
  await pool.execute(`DELETE FROM categories WHERE id = ?`, [id]);
  await redis.hdel('categories', String(id));
}
