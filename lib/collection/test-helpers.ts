/** Shared by the collection's unit tests: a fresh fake IndexedDB database per test. */
import 'fake-indexeddb/auto';
import { openCollection, type OpenOptions } from './db';

let counter = 0;
export function uniqueName(prefix = 'coll-test'): string {
  return `${prefix}-${Date.now()}-${counter++}`;
}

export function openTestDb(options: OpenOptions = {}) {
  return openCollection({ name: uniqueName(), ...options });
}
