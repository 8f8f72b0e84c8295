// expect: axiosWithoutTimeout@13
import axios, { AxiosInstance } from 'axios';

@Injectable()
export class CatalogService {
  private readonly http: AxiosInstance;

  constructor(private readonly config: ConfigService) {
    this.http = axios.create({ baseURL: config.get('CATALOG_URL') });
  }

  async product(id: string) {
    const { data } = await this.http.get(`/products/${id}`);
    return data;
  }

  async search(q: string) {
    const { data } = await this.http.get('/products', { params: { q }, timeout: 2000 });
    return data;
  }
}

declare function Injectable(): ClassDecorator;
declare class ConfigService { get(k: string): string; }
