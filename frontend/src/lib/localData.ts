/**
 * What Tandem keeps in this browser between visits (IndexedDB): every database is named with
 * this prefix, so signing out can remove them all without touching other apps on the origin.
 */
export const LOCAL_DATABASE_PREFIX = 'tandem:';

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    // A tab still holding it open delays the deletion until it closes; it happens then.
    request.onsuccess = () => resolve();
    request.onerror = () => resolve();
  });
}

/**
 * Deletes every Tandem database in this browser (unsent agenda edits and cached documents):
 * on sign-out and when the server says the session is gone, so the next person at this browser
 * finds nothing. Never throws.
 */
export async function clearLocalData(): Promise<void> {
  if (typeof indexedDB === 'undefined') return;
  let names: string[];
  try {
    names = (await indexedDB.databases())
      .map((database) => database.name ?? '')
      .filter((name) => name.startsWith(LOCAL_DATABASE_PREFIX));
  } catch {
    return;
  }
  await Promise.all(names.map(deleteDatabase));
}
