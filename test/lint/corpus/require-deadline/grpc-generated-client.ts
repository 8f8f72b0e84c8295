// expect: grpcWithoutDeadline@11 grpcWithoutDeadline@23
import * as grpc from '@grpc/grpc-js';
import { OrderServiceClient } from './gen/orders_grpc_pb';
import { GetOrderRequest, ListOrdersRequest, Order } from './gen/orders_pb';

const client = new OrderServiceClient(process.env.ORDERS_ADDR ?? 'orders:50051', grpc.credentials.createInsecure());

export function getOrder(id: string): Promise<Order> {
  const req = new GetOrderRequest().setId(id);
  return new Promise((resolve, reject) => {
    client.getOrder(req, (err, order) => (err ? reject(err) : resolve(order)));
  });
}

export function getOrderWithin(id: string, ms: number): Promise<Order> {
  const req = new GetOrderRequest().setId(id);
  return new Promise((resolve, reject) => {
    client.getOrder(req, new grpc.Metadata(), { deadline: Date.now() + ms }, (err, order) => (err ? reject(err) : resolve(order)));
  });
}

export function listOrders(customerId: string) {
  return client.listOrders(new ListOrdersRequest().setCustomerId(customerId));
}
