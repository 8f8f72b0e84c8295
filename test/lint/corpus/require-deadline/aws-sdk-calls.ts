// expect: none
import { S3Client, GetObjectCommand } from '@aws-sdk/client-s3';
import { DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';

const s3 = new S3Client({ region: process.env.AWS_REGION, requestHandler: { requestTimeout: 3000 } as never });
const dynamo = new DynamoDBClient({ region: process.env.AWS_REGION });

export async function readObject(Bucket: string, Key: string) {
  const out = await s3.send(new GetObjectCommand({ Bucket, Key }));
  return out.Body;
}

export async function readItem(TableName: string, id: string) {
  return dynamo.send(new GetItemCommand({ TableName, Key: { id: { S: id } } }));
}
