import { expect, test, type Browser, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { controlConnection, type Connection } from './support/connection';
import { SAM, screenshot, signIn } from './support/helpers';

test.use({ locale: 'en-US' });

// Each test uses its own 1:1 (Sam and one of his reports), so they do not see each other's edits.
const SOFIA = 'sofia.rossi@tandem.example';
const LIAM = 'liam.murphy@tandem.example';
const DIEGO = 'diego.alvarez@tandem.example';

interface Person {
  context: BrowserContext;
  page: Page;
  agenda: Locator;
  connection: Connection;
}

function agendaOf(page: Page): Locator {
  return page.getByRole('region', { name: 'Agenda' });
}

/** Sam opens the next meeting of his 1:1 `series` (its link in his list of 1:1s). */
async function samOpens(browser: Browser, series: string): Promise<Person> {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  const connection = await controlConnection(page);
  await signIn(page, SAM);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: '1:1s' }).click();
  await page.getByRole('list', { name: 'Your 1:1s' }).getByRole('link', { name: series, exact: true }).click();
  await page.getByRole('region', { name: 'Next meeting' }).getByRole('link', { name: 'Open meeting' }).click();
  const agenda = agendaOf(page);
  await expect(agenda.getByRole('list', { name: 'Check-in', exact: true }).getByRole('textbox')).not.toHaveCount(0);
  return { context, page, agenda, connection };
}

/** The other participant opens the same meeting page. */
async function joins(browser: Browser, email: string, meetingUrl: string): Promise<Person> {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  const connection = await controlConnection(page);
  await signIn(page, email);
  await page.goto(meetingUrl);
  const agenda = agendaOf(page);
  await expect(agenda.getByRole('list', { name: 'Check-in', exact: true }).getByRole('textbox')).not.toHaveCount(0);
  return { context, page, agenda, connection };
}

/** Adds a talking point at the end of the agenda; answers its field's name ("Talking point N"). */
async function addAtEnd(person: Person, text: string): Promise<string> {
  const form = person.agenda.getByRole('form', { name: 'Add talking point', exact: true });
  await form.getByRole('textbox').fill(text);
  await form.getByRole('button', { name: 'Add' }).click();
  const count = await person.agenda.getByRole('textbox', { name: /^Talking point \d+$/ }).count();
  const name = `Talking point ${count}`;
  await expect(person.agenda.getByRole('textbox', { name, exact: true })).toHaveValue(text);
  return name;
}

async function typeAt(field: Locator, where: 'Home' | 'End', text: string) {
  await field.click();
  await field.press(where);
  await field.pressSequentially(text);
}

/** Drags with the mouse from a talking point's handle to the upper part of `target`. */
async function drag(page: Page, handle: Locator, target: Locator) {
  const from = await handle.boundingBox();
  const to = await target.boundingBox();
  if (!from || !to) throw new Error('nothing to drag or nowhere to drop');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2 + 8, { steps: 2 });
  await page.mouse.move(to.x + 40, to.y + to.height * 0.3, { steps: 15 });
  await page.mouse.up();
}

test('concurrent typing merges, a drag while the other types keeps both, undo is per person', async ({ browser }) => {
  // Given Sam and Sofia on the same meeting page, and a talking point both see.
  const sam = await samOpens(browser, 'Sam / Sofia');
  const sofia = await joins(browser, SOFIA, sam.page.url());
  const name = await addAtEnd(sam, 'Budget review');
  const samField = sam.agenda.getByRole('textbox', { name, exact: true });
  const sofiaField = sofia.agenda.getByRole('textbox', { name, exact: true });
  await expect(sofiaField).toHaveValue('Budget review');

  // When both type into it while neither hears from the server.
  sam.connection.hold();
  sofia.connection.hold();
  await typeAt(samField, 'End', ' for Q3');
  await typeAt(sofiaField, 'Home', 'Re: ');
  await expect(samField).toHaveValue('Budget review for Q3');
  await expect(sofiaField).toHaveValue('Re: Budget review');

  // Then, once the messages flow, both have the same text with both edits.
  sam.connection.release();
  sofia.connection.release();
  await expect(samField).toHaveValue('Re: Budget review for Q3');
  await expect(sofiaField).toHaveValue('Re: Budget review for Q3');

  // When Sofia types on while Sam drags the point to the top of Check-in, both held again.
  sam.connection.hold();
  sofia.connection.hold();
  await typeAt(sofiaField, 'End', ' (draft)');
  const samCheckIn = sam.agenda.getByRole('list', { name: 'Check-in', exact: true });
  await drag(sam.page, sam.agenda.getByRole('button', { name: 'Drag to reorder: Re: Budget review for Q3' }), samCheckIn.getByRole('listitem').first());
  await expect(samCheckIn.getByRole('textbox').first()).toHaveValue('Re: Budget review for Q3');
  sam.connection.release();
  sofia.connection.release();

  // Then the point is first in Check-in on both sides, with Sofia's words in it.
  const sofiaCheckIn = sofia.agenda.getByRole('list', { name: 'Check-in', exact: true });
  for (const list of [samCheckIn, sofiaCheckIn]) {
    await expect(list.getByRole('textbox').first()).toHaveValue('Re: Budget review for Q3 (draft)');
    await expect(list.getByRole('textbox')).toHaveCount(2);
  }
  await expect(sam.page.getByRole('status').filter({ hasText: 'was moved' })).toBeAttached();
  await expect(sofia.page.getByRole('status').filter({ hasText: 'A talking point was moved in Check-in' })).toBeAttached();

  // When Sofia tags it, Sam sees the tag.
  await sofiaCheckIn.getByRole('combobox', { name: 'Topic: Re: Budget review for Q3 (draft)' }).selectOption({ label: 'Career' });
  await expect(samCheckIn.getByRole('combobox', { name: 'Topic: Re: Budget review for Q3 (draft)' })).toHaveValue('CAREER');
  await screenshot(sam.page, 'agenda-live-merged');

  // When Sofia undoes her last edit (the tag), then her typing: only her own edits go.
  const sofiaPoint = sofiaCheckIn.getByRole('textbox').first();
  await sofiaPoint.click();
  await sofia.page.keyboard.press('Control+z');
  await expect(samCheckIn.getByRole('combobox').first()).toHaveValue('');
  await sofia.page.keyboard.press('Control+z');
  for (const list of [samCheckIn, sofiaCheckIn]) {
    await expect(list.getByRole('textbox').first()).toHaveValue('Re: Budget review for Q3');
  }

  // And when Sam undoes his: the drag goes back, the text stays as it is.
  await sam.agenda.getByRole('button', { name: 'Undo', exact: true }).click();
  for (const side of [sam, sofia]) {
    await expect(side.agenda.getByRole('list', { name: 'Check-in', exact: true }).getByRole('textbox')).toHaveCount(1);
    await expect(side.agenda.getByRole('textbox', { name, exact: true })).toHaveValue('Re: Budget review for Q3');
  }
  // Redo (Ctrl+Y) puts it back in Check-in.
  await sam.agenda.getByRole('textbox', { name, exact: true }).click();
  await sam.page.keyboard.press('Control+y');
  await expect(sofiaCheckIn.getByRole('textbox').first()).toHaveValue('Re: Budget review for Q3');
  await expect(sam.agenda.getByText(/unsent/)).toHaveCount(0);
  await sam.context.close();
  await sofia.context.close();
});

test('edits made with the connection severed are flagged, survive a crashed tab and merge when it returns', async ({ browser }) => {
  test.setTimeout(120_000);
  // Given Sam and Liam on the same meeting page, and a talking point both see.
  const sam = await samOpens(browser, 'Sam / Liam');
  const liam = await joins(browser, LIAM, sam.page.url());
  const name = await addAtEnd(sam, 'Hiring plan');
  const samField = sam.agenda.getByRole('textbox', { name, exact: true });
  const liamField = liam.agenda.getByRole('textbox', { name, exact: true });
  await expect(liamField).toHaveValue('Hiring plan');

  // When Liam's connection is severed and both edit the point.
  liam.connection.sever();
  await typeAt(liamField, 'End', ' for 2027');
  await typeAt(samField, 'Home', 'Draft: ');

  // Then Liam's agenda shows his edits as unsent, and neither sees the other's.
  await expect(liam.agenda.getByText(/^\d+ unsent$/)).toBeVisible();
  await expect(liam.agenda.getByText('Your latest edits are not saved yet.', { exact: false })).toBeVisible();
  await screenshot(liam.page, 'agenda-live-severed');
  await expect(liamField).toHaveValue('Hiring plan for 2027');
  await expect(samField).toHaveValue('Draft: Hiring plan');

  // When the connection returns, everything merges on both sides.
  liam.connection.restore();
  await expect(samField).toHaveValue('Draft: Hiring plan for 2027', { timeout: 40_000 });
  await expect(liamField).toHaveValue('Draft: Hiring plan for 2027', { timeout: 40_000 });
  await expect(liam.agenda.getByText(/unsent/)).toHaveCount(0);

  // When Liam, severed again, adds a point and his tab crashes (no goodbye, no warning).
  liam.connection.sever();
  const form = liam.agenda.getByRole('form', { name: 'Add talking point', exact: true });
  await form.getByRole('textbox').fill('Offsite dates');
  await form.getByRole('button', { name: 'Add' }).click();
  await expect(liam.agenda.getByText(/^\d+ unsent$/)).toBeVisible();
  await liam.page.close({ runBeforeUnload: false });

  // Then on opening the meeting again (pushes still failing), the edit is there, still unsent.
  const reopened = await liam.context.newPage();
  const connection = await controlConnection(reopened);
  connection.failPushes();
  await reopened.goto(sam.page.url());
  const reopenedAgenda = agendaOf(reopened);
  await expect(reopenedAgenda.getByRole('checkbox', { name: 'Done: Offsite dates' })).toBeVisible();
  await expect(reopenedAgenda.getByText(/^\d+ unsent$/)).toBeVisible();
  await expect(sam.agenda.getByRole('checkbox', { name: 'Done: Offsite dates' })).toHaveCount(0);

  // And once pushes go through, Sam gets it and nothing is left unsent.
  connection.restore();
  await expect(sam.agenda.getByRole('checkbox', { name: 'Done: Offsite dates' })).toBeVisible({ timeout: 40_000 });
  await expect(reopenedAgenda.getByText(/unsent/)).toHaveCount(0);

  // When Liam signs out, nothing of Tandem's is left in his browser's storage.
  const tandemDatabases = () =>
    reopened.evaluate(async () => (await indexedDB.databases()).map((d) => d.name ?? '').filter((n) => n.startsWith('tandem:')));
  expect(await tandemDatabases()).not.toEqual([]);
  await reopened.getByRole('button', { name: 'Sign out', exact: true }).click();
  await expect(reopened.getByLabel('Email')).toBeVisible();
  await expect.poll(tandemDatabases).toEqual([]);
  await sam.context.close();
  await liam.context.close();
});

test('presence shows who is here and what they edit, and someone leaving disappears at once', async ({ browser }) => {
  // Given Sam on the meeting page alone.
  const sam = await samOpens(browser, 'Sam / Diego');
  await expect(sam.agenda.getByText('Only you are here right now.')).toBeVisible();

  // When Diego opens it too, each sees the other.
  const diego = await joins(browser, DIEGO, sam.page.url());
  await expect(sam.agenda.getByRole('list', { name: 'Also on this page' })).toContainText('Diego Alvarez');
  await expect(diego.agenda.getByRole('list', { name: 'Also on this page' })).toContainText('Sam Carter');
  await expect(sam.page.getByRole('status').filter({ hasText: 'Diego Alvarez joined the meeting page.' })).toBeAttached();

  // When Diego works on the first Check-in point, Sam sees a marker on it; it goes when he leaves it.
  const samCheckIn = sam.agenda.getByRole('list', { name: 'Check-in', exact: true });
  await diego.agenda.getByRole('list', { name: 'Check-in', exact: true }).getByRole('textbox').first().click();
  await expect(samCheckIn.getByRole('listitem').first()).toContainText('Diego is editing');
  await screenshot(sam.page, 'agenda-live-presence');
  await diego.agenda.getByRole('form', { name: 'Add talking point', exact: true }).getByRole('textbox').click();
  await expect(sam.agenda.getByText('Diego is editing')).toHaveCount(0);

  // When Sam moves a point down with the keyboard (pick up, arrow, drop), Diego sees the new order.
  const samFeedback = sam.agenda.getByRole('list', { name: 'Feedback', exact: true });
  const handle = samFeedback.getByRole('button', { name: 'Drag to reorder: Feedback for you' });
  await handle.focus();
  await sam.page.keyboard.press('Space');
  await expect(handle).toHaveAttribute('aria-pressed', 'true');
  await sam.page.keyboard.press('ArrowDown');
  await expect(sam.page.getByRole('status').filter({ hasText: 'Talking point “Feedback for you” is over “Feedback for me”.' })).toBeAttached();
  await sam.page.keyboard.press('Space');
  await expect(sam.page.getByRole('status').filter({ hasText: 'Talking point “Feedback for you” was moved to “Feedback for me”.' })).toBeAttached();
  for (const side of [sam, diego]) {
    const fields = side.agenda.getByRole('list', { name: 'Feedback', exact: true }).getByRole('textbox');
    await expect(fields.first()).toHaveValue('Feedback for me');
    await expect(fields.nth(1)).toHaveValue('Feedback for you');
  }

  // When Diego goes elsewhere in the app and comes back, he is gone and back.
  await diego.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
  await expect(sam.agenda.getByText('Only you are here right now.')).toBeVisible();
  await diego.page.goBack();
  await expect(sam.agenda.getByRole('list', { name: 'Also on this page' })).toContainText('Diego Alvarez');

  // When Diego closes his tab, Sam sees him leave well before the 30 s expiry.
  await diego.page.close({ runBeforeUnload: true });
  await expect(sam.agenda.getByText('Only you are here right now.')).toBeVisible({ timeout: 10_000 });
  await expect(sam.page.getByRole('status').filter({ hasText: 'Diego Alvarez left the meeting page.' })).toBeAttached();
  await sam.context.close();
  await diego.context.close();
});
