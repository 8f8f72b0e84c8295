// expect: none
import request from 'supertest';
import { app } from '../src/app';

describe('GET /health', () => {
  it('answers ok', async () => {
    const res = await request(app).get('/health');
    expect(res.status).toBe(200);
  });
});
