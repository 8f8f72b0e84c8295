// expect: fetchWithoutSignal@12
import { logger } from '../logger';

const WEATHER_API = process.env.WEATHER_API ?? 'https://api.weather.example.com';

export interface Forecast {
  city: string;
  tempC: number;
}

export async function getForecast(city: string): Promise<Forecast> {
  const res = await fetch(`${WEATHER_API}/v1/forecast?city=${encodeURIComponent(city)}`);
  if (!res.ok) {
    logger.warn({ city, status: res.status }, 'forecast failed');
    throw new Error(`forecast ${res.status}`);
  }
  return (await res.json()) as Forecast;
}
