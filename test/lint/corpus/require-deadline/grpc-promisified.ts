// expect: grpcWithoutDeadline@14
import { promisify } from 'node:util';
import * as grpc from '@grpc/grpc-js';
import { SearchClient } from './gen/search_grpc_pb';

const search = new SearchClient('search:50051', grpc.credentials.createInsecure());
const query = promisify(search.query.bind(search));

export async function find(q: unknown) {
  return query(q);
}

export function suggest(q: unknown, cb: (e: Error | null, r?: unknown) => void) {
  search.suggest(q as never, cb);
}
