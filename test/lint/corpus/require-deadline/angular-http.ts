// expect: none
import { HttpClient } from '@angular/common/http';
import { Injectable } from '@angular/core';
import { timeout } from 'rxjs/operators';

@Injectable({ providedIn: 'root' })
export class OrdersApi {
  constructor(private http: HttpClient) {}

  list() {
    return this.http.get<unknown[]>('/api/orders').pipe(timeout(5000));
  }

  create(body: unknown) {
    return this.http.post('/api/orders', body);
  }
}
