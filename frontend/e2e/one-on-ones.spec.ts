import { expect, test, type Locator, type Page } from '@playwright/test';
import { GRACE, MORGAN, PRIYA, SAM, screenshot, signIn } from './support/helpers';

const SAM_ZONE = 'America/New_York';
const GRACE_ZONE = 'America/Los_Angeles';

test.use({ locale: 'en-US' });

/** "YYYY-MM-DD" in `timeZone`, `days` from now: what a date input takes. */
function dateInZone(timeZone: string, days: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(Date.now() + days * 24 * 3600 * 1000),
  );
}

/** The app's wording of a start in a zone: "Fri, Nov 27" (plus the year if not this year's) and "7:00 AM". */
function expectedInZone(instant: Date, timeZone: string): { day: string; time: string } {
  const year = (at: Date) => new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric' }).format(at);
  const day = new Intl.DateTimeFormat('en-US', {
    timeZone,
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    ...(year(instant) !== year(new Date()) ? { year: 'numeric' } : {}),
  }).format(instant);
  const time = new Intl.DateTimeFormat('en-US', { timeZone, hour: 'numeric', minute: '2-digit' }).format(instant);
  // ICU puts a narrow no-break space before AM/PM; compare with plain spaces.
  return { day: day.replace(/\s/g, ' '), time: time.replace(/\s/g, ' ') };
}

async function instantOf(time: Locator): Promise<Date> {
  const value = await time.getAttribute('datetime');
  expect(value).toBeTruthy();
  return new Date(value ?? '');
}

async function expectMeetingAt(item: Locator, instant: Date, timeZone: string): Promise<void> {
  const expected = expectedInZone(instant, timeZone);
  await expect(item.locator('.meeting-time__clock')).toHaveText(expected.time);
  await expect(item.locator('.meeting-time__day')).toHaveText(expected.day);
}

function upcomingItem(page: Page, title: string): Locator {
  return page
    .getByRole('list', { name: 'Upcoming meetings' })
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: title, exact: true }) })
    .first();
}

test('a manager starts a weekly 1:1, the report sees it in her time zone, and a reschedule reaches her', async ({ page, browser }) => {
  const title = 'Sam / Grace: growth';
  const firstDate = dateInZone(SAM_ZONE, 2);

  // Sam starts the 1:1.
  await signIn(page, SAM);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: '1:1s' }).click();
  await expect(page.getByRole('heading', { name: '1:1s', level: 1 })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Your 1:1s' }).getByRole('listitem').first()).toBeVisible();
  await screenshot(page, 'one-on-ones');

  await page.getByRole('link', { name: 'New 1:1' }).click();
  await expect(page.getByRole('heading', { name: 'New 1:1', level: 1 })).toBeVisible();
  await page.getByRole('combobox', { name: 'With' }).fill('grace');
  await page.getByRole('option', { name: /Grace Kim/ }).click();
  await expect(page.getByLabel('Title')).toHaveValue('Sam / Grace');
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('First meeting').fill(firstDate);
  await page.getByLabel('Start time').fill('10:00');
  await expect(page.getByLabel('Time zone')).toHaveValue(SAM_ZONE);
  await page.getByLabel('Repeats').selectOption('WEEKLY');
  await page.getByRole('radio', { name: 'Successful 1:1' }).check();
  await expect(page.getByRole('list', { name: 'Next dates' }).getByRole('listitem')).toHaveCount(5);
  await expect(page.getByRole('checkbox', { name: 'Email calendar invitations to both of us' })).toBeChecked();
  await screenshot(page, 'one-on-one-new');
  await page.getByRole('button', { name: 'Create 1:1' }).click();

  await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
  const nextCard = page.getByRole('region', { name: 'Next meeting' });
  const first = await instantOf(nextCard.locator('time').first());
  // 10:00 on that day in New York, whatever zone the browser runs in.
  expect(expectedInZone(first, SAM_ZONE).time).toBe('10:00 AM');
  expect(dateInZone(SAM_ZONE, (first.getTime() - Date.now()) / 86_400_000)).toBe(firstDate);
  await expect(page.getByText('Every week · 30 min')).toBeVisible();
  await expect(page.getByText('Successful 1:1')).toBeVisible();
  await screenshot(page, 'one-on-one');
  const seriesUrl = page.url();

  // Grace sees it on her home page, in her time zone.
  const graceContext = await browser.newContext({ locale: 'en-US' });
  const grace = await graceContext.newPage();
  await signIn(grace, GRACE);
  await expectMeetingAt(upcomingItem(grace, title), first, GRACE_ZONE);
  await expect(upcomingItem(grace, title)).toContainText('with Sam Carter');
  await screenshot(grace, 'home-upcoming');

  // Sam moves that meeting to 14:30 his time, a day later.
  await nextCard.getByRole('link', { name: 'Open meeting' }).click();
  await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Reschedule' }).click();
  await page.getByLabel('New date').fill(dateInZone(SAM_ZONE, 3));
  await page.getByLabel('New start time').fill('14:30');
  await page.getByRole('button', { name: 'Move meeting' }).click();
  await expect(page.getByText('Rescheduled', { exact: true })).toBeVisible();
  const when = page.getByRole('region', { name: 'When' });
  const moved = await instantOf(when.locator('time').first());
  expect(expectedInZone(moved, SAM_ZONE).time).toBe('2:30 PM');
  expect(moved.getTime() - first.getTime()).toBe((24 * 60 + 4 * 60 + 30) * 60_000);
  await expect(page.getByTestId('counterpart-time')).toContainText(expectedInZone(moved, GRACE_ZONE).time);
  await screenshot(page, 'meeting');

  // Grace reloads and sees the new time in her zone.
  await grace.reload();
  await expectMeetingAt(upcomingItem(grace, title), moved, GRACE_ZONE);
  await graceContext.close();

  // Privacy: not Sam's own manager, not an admin.
  for (const outsider of [PRIYA, MORGAN]) {
    const context = await browser.newContext({ locale: 'en-US' });
    const other = await context.newPage();
    await signIn(other, outsider);
    await other.goto(seriesUrl);
    await expect(other.getByText('This 1:1 could not be found')).toBeVisible();
    await expect(other.getByText(title)).toHaveCount(0);
    if (outsider === PRIYA) await screenshot(other, 'one-on-one-not-found');
    await context.close();
  }
});

test('history filters, series editing and starting a 1:1 from a person page', async ({ page }) => {
  await signIn(page, SAM);
  await page.goto('/one-on-ones');
  await page.getByRole('link', { name: 'Sam / Diego' }).click();
  await expect(page.getByRole('heading', { name: 'Sam / Diego', level: 1 })).toBeVisible();

  const history = page.getByRole('region', { name: 'History' });
  await expect(history.getByRole('listitem').first()).toBeVisible();
  await screenshot(page, 'one-on-one-history');
  await history.getByRole('button', { name: 'Missed' }).click();
  await expect(history.getByRole('button', { name: 'Missed' })).toHaveAttribute('aria-pressed', 'true');
  await expect(history.getByRole('listitem').first()).toContainText('Missed');
  for (const badge of await history.locator('.badge').allTextContents()) expect(['Missed', 'Rescheduled']).toContain(badge);

  await page.getByRole('link', { name: 'Edit series' }).click();
  await expect(page.getByRole('heading', { name: 'Edit series', level: 1 })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'This and following meetings' })).toBeChecked();
  await screenshot(page, 'one-on-one-edit');
  await page.getByLabel('Duration').selectOption('45');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('heading', { name: 'Sam / Diego', level: 1 })).toBeVisible();
  await expect(page.getByText('Every week · 45 min')).toBeVisible();

  // One meeting: its own title, details, then cancelled.
  await page.getByRole('region', { name: 'Next meeting' }).getByRole('link', { name: 'Open meeting' }).click();
  await page.getByRole('button', { name: 'Edit title' }).click();
  await page.getByLabel('Title of this meeting').fill('Career conversation');
  await page.getByRole('button', { name: 'Save title' }).click();
  await expect(page.getByRole('heading', { name: /Career conversation/, level: 1 })).toBeVisible();
  await page.getByRole('textbox', { name: 'Details of this meeting' }).fill('Bring the growth plan.');
  await page.getByRole('button', { name: 'Save details' }).click();
  await expect(page.locator('.saved-note')).toHaveText('Details saved.');
  await page.getByRole('button', { name: 'Cancel meeting' }).click();
  const dialog = page.getByRole('dialog', { name: 'Cancel this meeting?' });
  await screenshot(page, 'meeting-cancel-dialog');
  await dialog.getByRole('button', { name: 'Cancel meeting' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Cancelled');
  await expect(page.getByRole('button', { name: 'Reschedule' })).toHaveCount(0);

  await page.goto('/people');
  await page.getByLabel('Search people').fill('noah');
  await page.getByRole('link', { name: 'Noah Fischer' }).click();
  await page.getByRole('link', { name: 'Start a 1:1' }).click();
  await expect(page.getByLabel('Title')).toHaveValue('Sam / Noah');
  await expect(page.getByText('Noah Fischer')).toBeVisible();
});
