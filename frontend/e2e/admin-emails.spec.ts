import { expect, test } from '@playwright/test';
import { MORGAN, SAM, screenshot, signIn } from './support/helpers';

test('an admin opens email delivery and finds nothing failed', async ({ page }) => {
  await signIn(page, MORGAN);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Admin' }).click();
  await page.getByRole('link', { name: 'Email delivery' }).click();

  await expect(page).toHaveURL(/\/admin\/emails$/);
  await expect(page.getByRole('heading', { name: 'Email delivery', level: 1 })).toBeVisible();
  await expect(page.getByText('content is never shown')).toBeVisible();
  // The e2e backend has no SMTP server configured and nothing has failed.
  await expect(page.getByText('No failed emails — everything was delivered or is still being tried.')).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);
  await expect(page).toHaveTitle('Email delivery · Admin · Tandem');
  await screenshot(page, 'admin-emails');

  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Users' }).click();
  await expect(page.getByRole('heading', { name: 'Users', level: 1 })).toBeVisible();
});

test('someone who is not an admin cannot reach email delivery', async ({ page }) => {
  await signIn(page, SAM);
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Admin' })).toHaveCount(0);

  await page.goto('/admin/emails');
  await expect(page.getByText('Only administrators can see email delivery')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Email delivery' })).toHaveCount(0);
  await expect(page.getByRole('table')).toHaveCount(0);
  await screenshot(page, 'admin-emails-forbidden');
});
