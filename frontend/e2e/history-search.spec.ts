import { expect, test } from '@playwright/test';
import { SAM, screenshot, screenshotOf, signIn } from './support/helpers';

test.use({ locale: 'en-US' });

test('search finds a word across the 1:1 history, highlighted, and leads to its meeting', async ({ page }) => {
  // Given Sam on his 1:1 with Grace, which has a lived-in history.
  await signIn(page, SAM);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: '1:1s' }).click();
  await page.getByRole('list', { name: 'Your 1:1s' }).getByRole('link', { name: 'Sam / Grace', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Sam / Grace', level: 1 })).toBeVisible();

  // When he searches for "rubric".
  const search = page.getByRole('search', { name: 'Search this 1:1' });
  await search.getByRole('searchbox').fill('rubric');

  // Then results from several kinds show with the word highlighted, and the count is announced.
  const results = page.getByRole('list', { name: 'Search results' });
  await expect(results.getByRole('listitem').first()).toBeVisible();
  await expect(results.locator('mark').first()).toHaveText(/^rubric$/i);
  await expect(results).toContainText('Action item');
  await expect(results).toContainText('Shared notes');
  await expect(page.getByRole('status').filter({ hasText: /\d+ results? for “rubric”/ })).toBeAttached();
  await screenshotOf(page.getByRole('region', { name: 'Search this 1:1' }), 'history-search');

  // When he follows the first result, its meeting opens.
  const first = results.getByRole('listitem').first();
  await first.getByRole('link').click();
  await expect(page).toHaveURL(/\/meetings\//);
  await expect(page.getByRole('heading', { name: /Sam \/ Grace/, level: 1 })).toContainText('Held');
  await expect(page.getByRole('region', { name: /^Action items/ })).toBeVisible();
});

test('past meetings open to their agenda, notes and action items; the next meeting shows last time’s notes', async ({ page }) => {
  // Given Sam on his 1:1 with Grace.
  await signIn(page, SAM);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: '1:1s' }).click();
  await page.getByRole('list', { name: 'Your 1:1s' }).getByRole('link', { name: 'Sam / Grace', exact: true }).click();
  const history = page.getByRole('region', { name: 'History' });

  // When he opens the latest held meeting's details.
  const latest = history.getByRole('listitem').filter({ hasText: 'Held' }).first();
  await latest.getByRole('button', { name: 'Details' }).click();

  // Then its agenda, shared notes and action items show.
  await expect(latest.getByRole('heading', { name: 'Agenda' })).toBeVisible();
  await expect(latest.getByRole('heading', { name: 'Shared notes' })).toBeVisible();
  await expect(latest.getByRole('heading', { name: 'Action items' })).toBeVisible();
  await expect(latest.getByRole('checkbox')).not.toHaveCount(0);
  await screenshot(page, 'one-on-one-history-details');

  // And the next meeting shows the last held meeting's notes beside it, collapsible.
  await page.getByRole('region', { name: 'Next meeting' }).getByRole('link', { name: 'Open meeting' }).click();
  const lastTime = page.getByRole('region', { name: 'Last time' });
  await expect(lastTime.getByRole('heading', { name: 'Shared notes' })).toBeVisible();
  await lastTime.getByRole('button', { name: 'Hide' }).click();
  await expect(lastTime.getByRole('heading', { name: 'Shared notes' })).toBeHidden();
  await lastTime.getByRole('button', { name: 'Show' }).click();
  await expect(lastTime.getByRole('heading', { name: 'Shared notes' })).toBeVisible();
  await screenshot(page, 'meeting-workspace');
});
