import { expect, test } from '@playwright/test';
import { PRIYA, screenshot, signIn } from './support/helpers';

test('people search finds a person and opens their page', async ({ page }) => {
  await signIn(page, PRIYA);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
  await expect(page.getByRole('heading', { name: 'People', level: 1 })).toBeVisible();
  await expect(page.getByRole('list', { name: 'People' }).getByRole('listitem').first()).toBeVisible();
  await screenshot(page, 'people');

  await page.getByLabel('Search people').fill('aiko');
  await expect(page).toHaveURL(/[?&]q=aiko/);
  const results = page.getByRole('list', { name: 'People' });
  await expect(results.getByRole('link', { name: 'Aiko Tanaka' })).toBeVisible();
  await expect(results.getByRole('listitem')).toHaveCount(1);

  await results.getByRole('link', { name: 'Aiko Tanaka' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Aiko Tanaka');
  await expect(page.getByText('Head of Product Design')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Manager' })).toContainText('Priya Raman');
  await expect(page.getByRole('list', { name: 'Reports' }).getByRole('listitem')).toHaveCount(5);
  await expect(page.getByText('Local time')).toBeVisible();
  await screenshot(page, 'person');

  await page.goBack();
  await expect(page.getByLabel('Search people')).toHaveValue('aiko');

  await page.getByLabel('Search people').fill('no-such-person-xyz');
  await expect(page.getByText('No one matches “no-such-person-xyz”', { exact: true })).toBeVisible();

  await page.goto('/people/VXNlcjo5OTk5OTk=');
  await expect(page.getByText('This person could not be found')).toBeVisible();
});
