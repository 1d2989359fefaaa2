import { expect, test } from '@playwright/test';
import { SAM, screenshot, signIn } from './support/helpers';

test('a personal access token is shown once, listed, and can be revoked', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await signIn(page, SAM);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();

  const form = page.getByRole('form', { name: 'Create a personal access token' });
  await form.getByLabel('Token name').fill('E2E reporting script');
  await form.getByLabel('Read & write').check();
  await form.getByLabel('Expires in (days)').fill('30');
  await form.getByRole('button', { name: 'Create token' }).click();

  const secret = page.getByLabel('New token');
  await expect(secret).toBeVisible();
  const value = (await secret.textContent())?.trim() ?? '';
  expect(value.length).toBeGreaterThan(20);
  await expect(page.getByText('This is the only time it is shown.')).toBeVisible();
  await page.getByRole('button', { name: 'Copy token' }).click();
  await expect(page.getByRole('button', { name: 'Copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(value);

  const row = page.getByRole('row', { name: /E2E reporting script/ });
  await expect(row).toBeVisible();
  await expect(row).toContainText('Read & write');
  await expect(row).toContainText('Active');
  await screenshot(page, 'settings-token-created');

  await page.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByLabel('New token')).toHaveCount(0);
  await expect(page.getByText(value)).toHaveCount(0);

  await row.getByRole('button', { name: 'Revoke E2E reporting script' }).click();
  const dialog = page.getByRole('dialog', { name: /Revoke/ });
  await expect(dialog).toBeVisible();
  await screenshot(page, 'settings-revoke-dialog');
  await dialog.getByRole('button', { name: 'Revoke token' }).click();
  await expect(dialog).toBeHidden();
  await expect(row).toContainText('Revoked');
  await expect(row.getByRole('button', { name: /Revoke/ })).toHaveCount(0);
  await screenshot(page, 'settings');
});
