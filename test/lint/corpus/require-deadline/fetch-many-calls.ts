// expect: fetchWithoutSignal@8 fetchWithoutSignal@9
type Order = { id: string; items: string[] };

const ORDERS = 'http://orders.internal';
const SHIPPING = 'http://shipping.internal';

export async function shipOrder(orderId: string) {
  const order: Order = await (await fetch(`${ORDERS}/orders/${orderId}`)).json();
  const label = await fetch(`${SHIPPING}/labels`, {
    method: 'POST',
    body: JSON.stringify({ orderId: order.id, items: order.items }),
  });
  await fetch(`${ORDERS}/orders/${orderId}/shipped`, { method: 'PUT', signal: AbortSignal.timeout(2000) });
  return label.json();
}
