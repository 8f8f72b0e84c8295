// expect: none
import { MongoClient } from 'mongodb';
import { Pool } from 'pg';

const mongo = new MongoClient(process.env.MONGO_URL!, { serverSelectionTimeoutMS: 2000 });
const pg = new Pool({ connectionString: process.env.DATABASE_URL, statement_timeout: 5000 });

export async function findUser(id: string) {
  return mongo.db('app').collection('users').findOne({ id });
}

export async function countOrders() {
  const { rows } = await pg.query('select count(*) from orders');
  return rows[0];
}
