// expect: none
import { HttpService } from '@nestjs/axios';
import { Injectable } from '@nestjs/common';
import { firstValueFrom } from 'rxjs';

@Injectable()
export class GeoService {
  constructor(private readonly http: HttpService) {}

  async lookup(ip: string) {
    const { data } = await firstValueFrom(this.http.get(`https://geo.example.com/${ip}`));
    return data;
  }
}
