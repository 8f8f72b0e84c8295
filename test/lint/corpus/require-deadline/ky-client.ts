// expect: none
import ky from 'ky';

// ky has a 10 s default timeout; not one of the clients this rule covers.
const api = ky.create({ prefixUrl: '/api' });

export const me = () => api.get('me').json();
export const save = (body: unknown) => ky.post('/api/save', { json: body }).json();
