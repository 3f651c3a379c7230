import { http } from './http';
import type { Reference, SystemInfo } from './types';

export const getSystem = () => http.get<SystemInfo>('/system');
export const getReference = () => http.get<Reference>('/reference');
