// expect: none
import axios from 'axios';

const api = axios.create({ baseURL: '/api' });

api.interceptors.request.use((cfg) => {
  cfg.timeout = cfg.timeout || 8000;
  cfg.headers.set('x-request-id', crypto.randomUUID());
  return cfg;
});

export const getCart = () => api.get('/cart');
export const addToCart = (sku: string) => api.post('/cart/items', { sku });
