// A note like our users': headings, an untagged sequence diagram with aliases, notes, activations and blocks.
export const NOTE = [
  '# Orders', //0
  '', //1
  '## Checkout flow', //2
  '', //3
  '```', //4
  'sequenceDiagram', //5
  '    participant GW as API Gateway', //6
  '    participant Orders', //7
  '    actor User', //8
  '    User->>GW: checkout (Orders page)', //9
  '    GW->>+Orders: create order', //10
  '    Note over GW, Orders: idempotency key', //11
  '    alt paid', //12
  '        Orders-->>GW: 201', //13
  '    else failed', //14
  '        Orders--xGW: 402', //15
  '    end', //16
  '    activate Orders', //17
  '    deactivate Orders', //18
  '    Orders-->>-User: done', //19
  '```', //20
  '', //21
  '## Notes', //22
  '', //23
  '```mermaid', //24
  'sequenceDiagram', //25
  '    A->>B: hi', //26
  '```', //27
].join('\n');
