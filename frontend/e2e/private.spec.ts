import { expect, test, type Browser, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { GRACE, SAM, screenshot, screenshotOf, signIn } from './support/helpers';

test.use({ locale: 'en-US' });

interface Person {
  context: BrowserContext;
  page: Page;
  agenda: Locator;
}

function agendaOf(page: Page): Locator {
  return page.getByRole('region', { name: 'Agenda' });
}

async function newPerson(browser: Browser): Promise<Person> {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  return { context, page, agenda: agendaOf(page) };
}

/** Signs in and opens the next meeting of the 1:1 "Sam / Grace" (or `meetingUrl`). */
async function opens(person: Person, email: string, meetingUrl: string | null): Promise<void> {
  await signIn(person.page, email);
  if (meetingUrl) {
    await person.page.goto(meetingUrl);
  } else {
    await person.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: '1:1s' }).click();
    await person.page.getByRole('list', { name: 'Your 1:1s' }).getByRole('link', { name: 'Sam / Grace', exact: true }).click();
    await person.page.getByRole('region', { name: 'Next meeting' }).getByRole('link', { name: 'Open meeting' }).click();
  }
  await expect(person.agenda.getByRole('textbox', { name: /^Talking point \d+$/ })).not.toHaveCount(0);
}

/** Everything a page receives: HTTP response bodies and WebSocket frames, as text. */
function recordTraffic(page: Page): () => Promise<string[]> {
  const bodies: Promise<string>[] = [];
  const frames: string[] = [];
  page.on('response', (response) => {
    bodies.push(
      response
        .body()
        .then((body) => body.toString('utf8'))
        .catch(() => ''),
    );
  });
  page.on('websocket', (socket) => {
    socket.on('framereceived', (frame) => frames.push(typeof frame.payload === 'string' ? frame.payload : frame.payload.toString('utf8')));
  });
  return async () => [...(await Promise.all(bodies)), ...frames];
}

/** `text` as it would show inside base64 (Yjs updates travel so), at each of the 3 byte alignments. */
function base64Forms(text: string): string[] {
  return [0, 1, 2].map((offset) => {
    const encoded = Buffer.concat([Buffer.alloc(offset), Buffer.from(text, 'utf8')]).toString('base64');
    return encoded.slice(Math.ceil((offset * 8) / 6), encoded.length - 4);
  });
}

async function addAtEnd(person: Person, text: string, how: 'shared' | 'privately') {
  const form = person.agenda.getByRole('form', { name: 'Add talking point', exact: true });
  await form.getByRole('textbox').fill(text);
  await form.getByRole('checkbox', { name: 'Add privately' }).setChecked(how === 'privately');
  await form.getByRole('button', { name: 'Add', exact: true }).click();
}

test('the manager’s private talking point and private notes never reach the report, on screen or on the network', async ({ browser }) => {
  const unique = Date.now().toString(36);
  const privatePoint = `Raise the retention bonus ${unique}`;
  const privateEdit = `only in my head ${unique}`;
  const privateNotes = `Grace seems tired lately ${unique}`;
  const sharedPoint = `Plan the offsite ${unique}`;

  // Given Sam and Grace on the same meeting page, and everything Grace's browser receives recorded.
  const sam = await newPerson(browser);
  const grace = await newPerson(browser);
  const traffic = recordTraffic(grace.page);
  await opens(sam, SAM, null);
  await opens(grace, GRACE, sam.page.url());

  // When Sam adds a talking point privately, edits it, and writes private notes.
  await addAtEnd(sam, privatePoint, 'privately');
  const samPrivate = sam.agenda.getByRole('listitem').filter({ has: sam.page.getByRole('textbox', { name: `Private talking point: ${privatePoint}` }) });
  await expect(samPrivate).toContainText('Only you can see this');
  const field = samPrivate.getByRole('textbox');
  await field.click();
  await field.press('End');
  await field.pressSequentially(` — ${privateEdit}`);
  await field.blur();
  await expect(samPrivate).not.toContainText('Saving');
  const samNotes = sam.page.getByRole('region', { name: 'Private notes' });
  await samNotes.getByRole('textbox', { name: 'Private notes' }).fill(privateNotes);
  await expect(samNotes.getByRole('status')).toHaveText('Saved');

  // And then adds a shared point, which Grace sees (so whatever Sam did before has had its chance to arrive).
  await addAtEnd(sam, sharedPoint, 'shared');
  await expect(grace.agenda.getByRole('textbox', { name: /^Talking point \d+$/ }).last()).toHaveValue(sharedPoint);

  // Then Sam's private content survives his own reload.
  await sam.page.reload();
  await expect(sam.agenda.getByRole('textbox', { name: `Private talking point: ${privatePoint} — ${privateEdit}` })).toBeVisible();
  await expect(sam.page.getByRole('region', { name: 'Private notes' }).getByRole('textbox')).toHaveValue(privateNotes);
  await screenshotOf(sam.agenda, 'private-agenda-sam');
  await screenshot(sam.page, 'private-meeting-sam');
  await sam.page.setViewportSize({ width: 390, height: 844 });
  await screenshotOf(sam.agenda.getByRole('region', { name: 'Other topics' }), 'private-other-topics-sam-390');
  await screenshotOf(sam.page.getByRole('region', { name: 'Private notes' }), 'private-notes-sam-390');
  await screenshotOf(sam.agenda.getByRole('form', { name: 'Add talking point', exact: true }), 'private-add-form-sam-390');

  // And Grace sees none of it, also after reloading the page (queries asked afresh).
  await grace.page.reload();
  await expect(grace.agenda.getByRole('textbox', { name: /^Talking point \d+$/ }).last()).toHaveValue(sharedPoint);
  await expect(grace.page.getByRole('region', { name: 'Private notes' }).getByRole('textbox')).toHaveValue('');
  for (const text of [privatePoint, privateEdit, privateNotes]) {
    await expect(grace.page.locator('body')).not.toContainText(text);
    const inputs = await grace.page.locator('input, textarea').evaluateAll((elements) => elements.map((e) => (e as HTMLInputElement).value));
    expect(inputs.join('\n')).not.toContain(text);
  }

  // And not a byte of it reached Grace's browser: no HTTP response, no WebSocket frame.
  const received = await traffic();
  expect(received.some((body) => body.includes(sharedPoint) || base64Forms(sharedPoint).some((form) => body.includes(form)))).toBe(true);
  // (The demo data's own private point of Sam's in this meeting stays his too.)
  for (const secret of [privatePoint, privateEdit, privateNotes, 'Raise the salary review timeline?']) {
    const forms = [secret, ...base64Forms(secret)];
    const leaks = received.filter((body) => forms.some((form) => body.includes(form)));
    expect(leaks, `“${secret}” reached the report's browser`).toEqual([]);
  }

  await sam.context.close();
  await grace.context.close();
});

test('a private talking point shared after confirming appears for the other person', async ({ browser }) => {
  const text = `Ask about the conference talk ${Date.now().toString(36)}`;
  // Given Sam's private talking point, which Grace does not see.
  const sam = await newPerson(browser);
  const grace = await newPerson(browser);
  await opens(sam, SAM, null);
  await opens(grace, GRACE, sam.page.url());
  await addAtEnd(sam, text, 'privately');
  const samPrivate = sam.agenda.getByRole('textbox', { name: `Private talking point: ${text}` });
  await expect(samPrivate).toBeVisible();

  // When Sam asks to share it, the SPA first says what that means; he backs out once.
  await sam.agenda.getByRole('button', { name: `Share: ${text}` }).click();
  const dialog = sam.page.getByRole('dialog', { name: 'Share this talking point?' });
  await expect(dialog).toContainText('the other person will see it');
  await expect(dialog).toContainText('cannot be made private again');
  await screenshotOf(dialog, 'private-share-dialog');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(samPrivate).toBeVisible();
  await expect(grace.agenda.getByRole('textbox', { name: /^Talking point \d+$/ }).last()).not.toHaveValue(text);

  // When he confirms.
  await sam.agenda.getByRole('button', { name: `Share: ${text}` }).click();
  await dialog.getByRole('button', { name: 'Share with the other person' }).click();

  // Then it is a shared talking point for both, no longer marked private for Sam.
  await expect(grace.agenda.getByRole('textbox', { name: /^Talking point \d+$/ }).last()).toHaveValue(text);
  await expect(sam.agenda.getByRole('textbox', { name: /^Talking point \d+$/ }).last()).toHaveValue(text);
  await expect(samPrivate).toHaveCount(0);

  await sam.context.close();
  await grace.context.close();
});

test('private notes follow their author to another device live, and a save from a stale device keeps both texts', async ({ browser }) => {
  const unique = Date.now().toString(36);
  // Given Sam on the meeting page on two devices.
  const laptop = await newPerson(browser);
  const phone = await newPerson(browser);
  await opens(laptop, SAM, null);
  await opens(phone, SAM, laptop.page.url());
  const laptopNotes = laptop.page.getByRole('region', { name: 'Private notes' }).getByRole('textbox');
  const phoneNotes = phone.page.getByRole('region', { name: 'Private notes' }).getByRole('textbox');
  const before = await laptopNotes.inputValue();
  await expect(phoneNotes).toHaveValue(before);

  // When he writes on the laptop, the phone shows it without reloading.
  const first = `${before ? `${before}\n` : ''}From the laptop ${unique}`;
  await laptopNotes.fill(first);
  await expect(phoneNotes).toHaveValue(first);

  // When both write at once while the phone cannot reach the server, then the phone comes back.
  await phone.page.route('**/graphql', (route) => (route.request().postData()?.includes('UpdatePrivateNotes') ? route.abort() : route.fallback()));
  await phoneNotes.fill(`${first}\nFrom the phone ${unique}`);
  await laptopNotes.fill(`${first}\nAlso from the laptop ${unique}`);
  await expect(laptop.page.getByRole('region', { name: 'Private notes' }).getByRole('status')).toHaveText('Saved');
  await phone.page.unroute('**/graphql');

  // Then both devices end with both texts, and so does the server.
  for (const notes of [laptopNotes, phoneNotes]) {
    await expect(notes).toHaveValue(new RegExp(`From the phone ${unique}`));
    await expect(notes).toHaveValue(new RegExp(`Also from the laptop ${unique}`));
  }
  await expect.poll(async () => laptopNotes.inputValue()).toBe(await phoneNotes.inputValue());
  await laptop.page.reload();
  await expect(laptop.page.getByRole('region', { name: 'Private notes' }).getByRole('textbox')).toHaveValue(await phoneNotes.inputValue());

  await laptop.context.close();
  await phone.context.close();
});

/** Date ("YYYY-MM-DD") and time ("HH:MM") in `timeZone` of `at`. */
function wallClock(at: Date, timeZone: string): { date: string; time: string } {
  const date = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
  const time = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at);
  return { date, time };
}

test('unchecked talking points, private ones too, carry to the next meeting marked both ways with links', async ({ browser }) => {
  // Given a new weekly 1:1 of Sam with Grace whose first meeting starts in about 20 minutes.
  const sam = await newPerson(browser);
  await signIn(sam.page, SAM);
  const title = `Sam / Grace: carried ${Date.now().toString(36)}`;
  const start = new Date(Math.ceil((Date.now() + 20 * 60_000) / 300_000) * 300_000);
  const { date, time } = wallClock(start, 'America/New_York');
  await sam.page.goto('/one-on-ones/new');
  await sam.page.getByRole('combobox', { name: 'With' }).fill('grace');
  await sam.page.getByRole('option', { name: /Grace Kim/ }).click();
  await sam.page.getByLabel('Title').fill(title);
  await sam.page.getByLabel('First meeting').fill(date);
  await sam.page.getByLabel('Start time').fill(time);
  await expect(sam.page.getByLabel('Time zone')).toHaveValue('America/New_York');
  await sam.page.getByLabel('Repeats').selectOption('WEEKLY');
  await sam.page.getByRole('button', { name: 'Create 1:1' }).click();
  await sam.page.getByRole('region', { name: 'Next meeting' }).getByRole('link', { name: 'Open meeting' }).click();
  const firstMeeting = sam.page.url();
  // And in its first meeting a shared and a private talking point, both left unchecked.
  await addAtEnd(sam, 'Plan the hiring loop', 'shared');
  await addAtEnd(sam, 'Mention the promotion case', 'privately');
  await expect(sam.agenda.getByRole('textbox', { name: 'Private talking point: Mention the promotion case' })).toBeVisible();
  const firstDay = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' }).format(start);

  // When Sam ends the meeting and opens the next one.
  await sam.page.getByRole('button', { name: 'End now' }).click();
  await expect(sam.page.getByRole('heading', { level: 1 })).toContainText('Held');
  await sam.page.getByRole('link', { name: 'Back to the series' }).click();
  await sam.page.getByRole('region', { name: 'Next meeting' }).getByRole('link', { name: 'Open meeting' }).click();
  await expect.poll(() => sam.page.url()).not.toBe(firstMeeting);

  // Then both points are there, each saying where it came from, linking to the first meeting.
  const shared = sam.agenda.getByRole('listitem').filter({ has: sam.page.getByRole('textbox', { name: /^Talking point \d+$/ }) }).filter({ hasText: 'Carried from' });
  await expect(shared).toHaveCount(1);
  await expect(shared.getByRole('textbox')).toHaveValue('Plan the hiring loop');
  await expect(shared.getByRole('link', { name: `Carried from ${firstDay}` })).toBeVisible();
  const privately = sam.agenda.getByRole('listitem').filter({ has: sam.page.getByRole('textbox', { name: 'Private talking point: Mention the promotion case' }) });
  await expect(privately.getByRole('link', { name: `Carried from ${firstDay}` })).toBeVisible();
  await screenshotOf(sam.agenda, 'carried-agenda-sam');

  // When he follows the mark, the first meeting opens, where the point says where it went.
  await shared.getByRole('link', { name: `Carried from ${firstDay}` }).click();
  await expect(sam.page).toHaveURL(firstMeeting);
  const before = sam.agenda.getByRole('listitem').filter({ hasText: /Carried to [A-Z][a-z]{2} \d{1,2}, \d{4}/ });
  await expect(before.first()).toBeVisible();

  await sam.context.close();
});
