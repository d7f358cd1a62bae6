import axios from 'axios';

// The API project runs under IIS Express during development.
const API_BASE = 'http://localhost:50342/api';

export interface WeatherReading {
  city: string;
  celsius: number;
}

export class ValuesService {
  async list(): Promise<string[]> {
    const response = await axios.get<string[]>('http://localhost:50342/api/values', { headers: { Accept: 'application/json' } });
    return response.data;
  }

  async weather(city: string): Promise<WeatherReading> {
    const response = await fetch(`${API_BASE}/weather/${encodeURIComponent(city)}`);
    return (await response.json()) as WeatherReading;
  }
}
