// require-deadline with type information: a gRPC client made elsewhere (injected, imported) is still recognised
// by its type extending @grpc/grpc-js's Client. The fixture project maps @grpc/grpc-js to a small declaration file.
import { after, describe, it } from 'node:test';
import { join } from 'node:path';
import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../src/core/lint/rules/require-deadline';

RuleTester.afterAll = after;
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const fixture = join(import.meta.dirname, 'fixtures', 'typed-grpc');
const ruleTester = new RuleTester({
  languageOptions: { parserOptions: { project: './tsconfig.json', tsconfigRootDir: fixture } },
});
const filename = 'service.ts';

ruleTester.run('require-deadline (typed)', rule as never, {
  valid: [
    { filename, code: `import type { OrdersClient } from './orders-client';\nexport class Svc { constructor(private readonly ordersClient: OrdersClient) {}\n get(id: string) { this.ordersClient.getOrder({ id }, { deadline: Date.now() + 500 }, () => {}); } }` },
    { filename, code: `import type { NotGrpcClient } from './orders-client';\nexport function get(client: NotGrpcClient) { client.getOrder({ id: '1' }, () => {}); }` },
    { filename, code: `import type { OrdersClient } from './orders-client';\nexport function stop(client: OrdersClient) { client.close(); }` },
  ],
  invalid: [
    {
      filename,
      code: `import type { OrdersClient } from './orders-client';\nexport class Svc { constructor(private readonly ordersClient: OrdersClient) {}\n get(id: string) { this.ordersClient.getOrder({ id }, () => {}); } }`,
      errors: [
        {
          messageId: 'grpcWithoutDeadline',
          data: { callee: 'this.ordersClient.getOrder' },
          line: 3,
          suggestions: [
            {
              messageId: 'addDeadline',
              output: `import type { OrdersClient } from './orders-client';\nexport class Svc { constructor(private readonly ordersClient: OrdersClient) {}\n get(id: string) { this.ordersClient.getOrder({ id }, { deadline: Date.now() + 10000 }, () => {}); } }`,
            },
          ],
        },
      ],
    },
  ],
});
