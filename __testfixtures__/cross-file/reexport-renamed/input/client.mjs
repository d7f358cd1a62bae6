import { identityUrl } from './settings.mjs';
import axios from 'axios';

export const obtain = async (aud) => {
  const { data } = await axios.get(identityUrl, { params: { resource: aud }, headers: { Metadata: 'true' }, timeout: 4000 });
  return data;
};
