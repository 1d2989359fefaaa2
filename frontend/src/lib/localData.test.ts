import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { LOCAL_DATABASE_PREFIX, clearLocalData } from './localData';

function createDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => {
      request.result.close();
      resolve();
    };
    request.onerror = () => reject(request.error ?? new Error('open failed'));
  });
}

async function databaseNames(): Promise<string[]> {
  return (await indexedDB.databases()).map((database) => database.name ?? '').sort();
}

describe('clearLocalData', () => {
  it('deletes every Tandem database and nothing else', async () => {
    await createDatabase(`${LOCAL_DATABASE_PREFIX}agenda:U1:M1`);
    await createDatabase(`${LOCAL_DATABASE_PREFIX}agenda:U1:M2`);
    await createDatabase('another-app');

    await clearLocalData();

    expect(await databaseNames()).toEqual(['another-app']);
  });
});
