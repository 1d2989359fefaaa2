import { expect, test, type Locator, type Page } from '@playwright/test';
import { GRACE, MORGAN, PRIYA, SAM, screenshot, screenshotOf, signIn } from './support/helpers';

const SAM_ZONE = 'America/New_York';

test.use({ locale: 'en-US' });

/** "YYYY-MM-DD" in `timeZone`, `days` from now: what a date input takes. */
function dateInZone(timeZone: string, days: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(Date.now() + days * 24 * 3600 * 1000),
  );
}

/** Resolves once the page has subscribed to notificationReceived over its WebSocket. */
function liveSubscription(page: Page): Promise<void> {
  return new Promise((resolve) => {
    page.on('websocket', (socket) => {
      socket.on('framesent', (frame) => {
        if (typeof frame.payload === 'string' && frame.payload.includes('"subscribe"') && frame.payload.includes('notificationReceived')) {
          resolve();
        }
      });
    });
  });
}

function bell(page: Page): Locator {
  return page.getByRole('button', { name: /^Notifications, / });
}

/** The unread count the bell announces, once the panel has loaded. */
async function unreadCount(page: Page): Promise<number> {
  await bell(page).click();
  const panel = page.getByRole('dialog', { name: 'Notifications' });
  await expect(panel).toBeFocused();
  await expect(panel.getByRole('list', { name: 'Latest notifications' }).or(panel.getByText('No notifications yet'))).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(bell(page)).toBeFocused();
  const label = (await bell(page).getAttribute('aria-label')) ?? '';
  const match = /(\d+) unread/.exec(label);
  return match ? Number(match[1]) : 0;
}

function expectedLabel(count: number): string {
  return count > 0 ? `Notifications, ${count} unread` : 'Notifications, none unread';
}

test('a reschedule reaches the report live: badge, announcement, panel, and the meeting it links to', async ({ page, browser }) => {
  // Grace has the app open on her home page.
  const graceContext = await browser.newContext({ locale: 'en-US' });
  const grace = await graceContext.newPage();
  const subscribed = liveSubscription(grace);
  await signIn(grace, GRACE);
  await expect(grace.getByRole('heading', { level: 1 })).toContainText('Grace');
  await subscribed;
  const before = await unreadCount(grace);
  const homeUrl = grace.url();

  // Sam moves the next meeting of his weekly 1:1 with Grace.
  await signIn(page, SAM);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: '1:1s' }).click();
  await page.getByRole('list', { name: 'Your 1:1s' }).getByRole('link', { name: 'Sam / Grace', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Sam / Grace', level: 1 })).toBeVisible();
  await page.getByRole('region', { name: 'Next meeting' }).getByRole('link', { name: 'Open meeting' }).click();
  await expect(page.getByRole('heading', { name: /Sam \/ Grace/, level: 1 })).toBeVisible();

  // The meeting downloads as a calendar file.
  const addToCalendar = page.getByRole('link', { name: 'Add to calendar' });
  const href = (await addToCalendar.getAttribute('href')) ?? '';
  expect(href).toMatch(/^\/calendar\/meetings\/.+\.ics$/);
  const file = await page.request.get(href);
  expect(file.status()).toBe(200);
  expect(file.headers()['content-type']).toContain('text/calendar');
  expect(await file.text()).toContain('BEGIN:VEVENT');

  await page.getByRole('button', { name: 'Reschedule' }).click();
  await page.getByLabel('New date').fill(dateInZone(SAM_ZONE, 9));
  await page.getByLabel('New start time').fill('16:45');
  await page.getByRole('button', { name: 'Move meeting' }).click();
  await expect(page.getByText('Rescheduled', { exact: true })).toBeVisible();
  const moved = (await page.getByRole('region', { name: 'When' }).locator('time').first().getAttribute('datetime')) ?? '';
  expect(moved).not.toBe('');

  // Without a reload, Grace's badge goes up and a screen reader hears about it.
  await expect(bell(grace)).toHaveAccessibleName(expectedLabel(before + 1));
  await expect(grace.getByTestId('notification-badge')).toHaveText(before + 1 > 9 ? '9+' : String(before + 1));
  await expect(grace.getByRole('status').filter({ hasText: 'New notification: Sam Carter moved a meeting of Sam / Grace' })).toHaveCount(1);
  expect(grace.url()).toBe(homeUrl);

  await bell(grace).click();
  const panel = grace.getByRole('dialog', { name: 'Notifications' });
  const item = panel.getByRole('link', { name: /Sam Carter moved a meeting of Sam \/ Grace/ }).first();
  await expect(item).toBeVisible();
  await expect(item).toContainText('Just now');
  await expect(item).toHaveAccessibleName(/^Unread: /);
  await screenshotOf(panel, 'notification-panel');
  await screenshot(grace, 'notification-panel-page');

  // Following it opens that meeting and marks it read.
  await item.click();
  await expect(panel).toBeHidden();
  await expect(grace).toHaveURL(/\/meetings\//);
  await expect(grace.getByRole('heading', { name: /Sam \/ Grace/, level: 1 })).toBeVisible();
  await expect(grace.getByText('Rescheduled', { exact: true })).toBeVisible();
  await expect(grace.getByRole('region', { name: 'When' }).locator('time').first()).toHaveAttribute('datetime', moved);
  await expect(bell(grace)).toHaveAccessibleName(expectedLabel(before));

  // "Mark all read" empties the badge.
  await bell(grace).click();
  await expect(panel.getByRole('link', { name: /Sam Carter moved a meeting of Sam \/ Grace/ }).first()).not.toHaveAccessibleName(/^Unread: /);
  if (before > 0) {
    await panel.getByRole('button', { name: 'Mark all read' }).click();
    await expect(bell(grace)).toHaveAccessibleName(expectedLabel(0));
  }
  await expect(panel.getByRole('button', { name: 'Mark all read' })).toBeDisabled();
  await expect(grace.getByTestId('notification-badge')).toHaveCount(0);
  await graceContext.close();
});

test('notification settings save and survive a reload; the bell links to them', async ({ page }) => {
  await signIn(page, PRIYA);
  await bell(page).click();
  const panel = page.getByRole('dialog', { name: 'Notifications' });
  await panel.getByRole('link', { name: 'Notification settings' }).click();
  await expect(page).toHaveURL(/\/settings#settings-notifications$/);
  const heading = page.getByRole('heading', { name: 'Notifications', level: 2 });
  await expect(heading).toBeFocused();

  const form = page.getByRole('form', { name: 'Notification settings' });
  await expect(form.getByRole('checkbox', { name: 'Moved meetings: email' })).toBeChecked();
  await expect(form.getByRole('checkbox', { name: 'Agenda changes: email' })).not.toBeChecked();
  await expect(form.getByLabel('Remind me of meetings')).toHaveValue('1440');
  await screenshotOf(page.getByRole('region', { name: 'Notifications' }), 'settings-notifications');

  await form.getByRole('checkbox', { name: 'Moved meetings: email' }).uncheck();
  await form.getByRole('checkbox', { name: 'Agenda changes: email' }).check();
  await form.getByRole('checkbox', { name: 'Reminders: in app' }).uncheck();
  await form.getByLabel('Remind me of meetings').selectOption({ label: '2 hours before' });
  await expect(form.getByText('Unsaved changes')).toBeVisible();
  await form.getByRole('button', { name: 'Save notification settings' }).click();
  await expect(form.getByText('Saved', { exact: true })).toBeVisible();

  await page.reload();
  const reloaded = page.getByRole('form', { name: 'Notification settings' });
  await expect(reloaded.getByRole('checkbox', { name: 'Moved meetings: email' })).not.toBeChecked();
  await expect(reloaded.getByRole('checkbox', { name: 'Moved meetings: in app' })).toBeChecked();
  await expect(reloaded.getByRole('checkbox', { name: 'Agenda changes: email' })).toBeChecked();
  await expect(reloaded.getByRole('checkbox', { name: 'Reminders: in app' })).not.toBeChecked();
  await expect(reloaded.getByLabel('Remind me of meetings')).toHaveValue('120');

  // Reminders off, and back.
  await reloaded.getByLabel('Remind me of meetings').selectOption({ label: 'Off' });
  await reloaded.getByRole('button', { name: 'Save notification settings' }).click();
  await expect(reloaded.getByText('Saved', { exact: true })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Remind me of meetings')).toHaveValue('off');
});

test('the calendar feed is created, serves iCalendar, and regenerating retires the old URL', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await signIn(page, MORGAN);
  await page.goto('/settings');
  const section = page.getByRole('region', { name: 'Calendar' });
  await expect(section.getByText('Whoever has the URL sees the times and titles of your meetings')).toBeVisible();
  await screenshotOf(section, 'settings-calendar-empty');
  await section.getByRole('button', { name: 'Create my calendar feed' }).click();

  const field = section.getByRole('textbox', { name: 'Your calendar feed URL' });
  await expect(field).toBeFocused();
  const first = await field.inputValue();
  expect(first).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/calendar\/feed\/.+\.ics$/);
  const feed = await page.request.get(first);
  expect(feed.status()).toBe(200);
  expect(feed.headers()['content-type']).toContain('text/calendar');
  expect(await feed.text()).toContain('BEGIN:VCALENDAR');

  await section.getByRole('button', { name: 'Copy URL' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(first);
  await section.getByText('Google Calendar', { exact: true }).click();
  await expect(section.getByText('From URL')).toBeVisible();
  await screenshotOf(section, 'settings-calendar');

  await section.getByRole('button', { name: 'Regenerate' }).click();
  const dialog = page.getByRole('dialog', { name: 'Regenerate your calendar feed URL?' });
  await expect(dialog).toContainText('stops working');
  await expect(dialog.getByRole('button', { name: 'Keep the current URL' })).toBeFocused();
  await screenshot(page, 'settings-calendar-regenerate');
  await dialog.getByRole('button', { name: 'Regenerate URL' }).click();
  await expect(dialog).toBeHidden();
  await expect(field).not.toHaveValue(first);
  const second = await field.inputValue();

  expect((await page.request.get(first)).status()).toBe(404);
  const again = await page.request.get(second);
  expect(again.status()).toBe(200);
  expect(again.headers()['content-type']).toContain('text/calendar');

  // It stays after a reload.
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Your calendar feed URL' })).toHaveValue(second);
});
