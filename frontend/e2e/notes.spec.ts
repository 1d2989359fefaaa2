import { expect, test, type Browser, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { controlConnection, type Connection } from './support/connection';
import { GRACE, SAM, screenshot, screenshotOf, signIn } from './support/helpers';

test.use({ locale: 'en-US' });

interface Person {
  context: BrowserContext;
  page: Page;
  notes: Locator;
  editor: Locator;
  connection: Connection;
}

function notesOf(page: Page): Locator {
  return page.getByRole('region', { name: 'Shared notes' });
}

async function opens(browser: Browser, email: string, meetingUrl: string | null): Promise<Person> {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  const connection = await controlConnection(page);
  await signIn(page, email);
  if (meetingUrl) {
    await page.goto(meetingUrl);
  } else {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: '1:1s' }).click();
    await page.getByRole('list', { name: 'Your 1:1s' }).getByRole('link', { name: 'Sam / Grace', exact: true }).click();
    await page.getByRole('region', { name: 'Next meeting' }).getByRole('link', { name: 'Open meeting' }).click();
  }
  const notes = notesOf(page);
  const editor = notes.getByRole('textbox', { name: 'Shared notes' });
  await expect(editor).toBeVisible();
  return { context, page, notes, editor, connection };
}

/** The meeting's shared notes as the server renders them (Markdown), asked as `person`. */
async function sharedNotesOnServer(person: Person): Promise<string> {
  const meetingId = decodeURIComponent(new URL(person.page.url()).pathname.split('/').pop() ?? '');
  return person.page.evaluate(async (id) => {
    const csrf = /(?:^|;\s*)tandem_csrf=([^;]+)/.exec(document.cookie)?.[1] ?? '';
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': decodeURIComponent(csrf) },
      body: JSON.stringify({ query: 'query($id: ID!) { node(id: $id) { ... on Meeting { sharedNotes } } }', variables: { id } }),
    });
    const body = (await response.json()) as { data: { node: { sharedNotes: string } } };
    return body.data.node.sharedNotes;
  }, meetingId);
}

/** The notes' HTML without the other person's caret (each page shows the other's). */
async function contentOf(editor: Locator): Promise<string> {
  return editor.evaluate((element) => {
    const copy = element.cloneNode(true) as HTMLElement;
    for (const widget of Array.from(copy.querySelectorAll('.ProseMirror-widget, .ProseMirror-separator, .ProseMirror-trailingBreak'))) widget.remove();
    return copy.innerHTML;
  });
}

/** Puts the caret at the end of the notes. */
async function toEnd(editor: Locator) {
  await editor.click();
  await editor.press('Control+End');
}

test('both people write in the shared notes at once and converge, each seeing the other’s named cursor', async ({ browser }) => {
  // Given Sam and Grace on the same meeting page.
  const sam = await opens(browser, SAM, null);
  const grace = await opens(browser, GRACE, sam.page.url());

  // When Sam writes a heading, a bold word and a checklist with the toolbar.
  await toEnd(sam.editor);
  await sam.notes.getByRole('button', { name: 'Heading' }).click();
  await expect(sam.notes.getByRole('button', { name: 'Heading' })).toHaveAttribute('aria-pressed', 'true');
  // (Text arrives as one input each, as from a fast typist or a paste: the test is about
  // formatting and convergence, not about one round trip per key.)
  await sam.page.keyboard.insertText('Sprint plan');
  await sam.editor.press('Enter');
  await sam.page.keyboard.insertText('Ship the ');
  await sam.notes.getByRole('button', { name: 'Bold' }).click();
  await sam.page.keyboard.insertText('importer');
  await sam.notes.getByRole('button', { name: 'Bold' }).click();
  await sam.editor.press('Enter');
  await sam.notes.getByRole('button', { name: 'Checklist' }).click();
  await sam.page.keyboard.insertText('Book the demo room');

  // Then Grace sees it as rich text.
  await expect(grace.editor.getByRole('heading', { name: 'Sprint plan' })).toBeVisible();
  await expect(grace.editor.locator('strong', { hasText: 'importer' })).toBeVisible();
  await expect(grace.editor.getByRole('listitem').filter({ hasText: 'Book the demo room' })).toBeVisible();

  // When both type at once while neither hears from the server: Sam in his checklist, Grace in
  // a new paragraph at the top.
  sam.connection.hold();
  grace.connection.hold();
  await sam.page.keyboard.insertText(' on Friday');
  await grace.editor.click();
  await grace.editor.press('Control+Home');
  await grace.editor.press('Enter');
  await grace.editor.press('ArrowUp');
  await grace.page.keyboard.insertText('Grace: retro first');
  await expect(sam.editor).not.toContainText('retro first');
  await expect(grace.editor).not.toContainText('on Friday');

  // Then, once the messages flow, both have the same notes with both edits.
  sam.connection.release();
  grace.connection.release();
  for (const person of [sam, grace]) {
    await expect(person.editor).toContainText('Grace: retro first');
    await expect(person.editor).toContainText('Book the demo room on Friday');
  }
  expect(await contentOf(sam.editor)).toBe(await contentOf(grace.editor));

  // And each sees the other's caret, with their name, where the other is writing.
  await expect(sam.notes.locator('.notes-caret', { hasText: 'Grace Kim' })).toBeVisible();
  await expect(grace.notes.locator('.notes-caret', { hasText: 'Sam Carter' })).toBeVisible();
  await expect(sam.notes.locator('.notes-caret', { hasText: 'Sam Carter' })).toHaveCount(0);

  // And the server renders what the browsers wrote as Markdown.
  await expect
    .poll(() => sharedNotesOnServer(grace))
    .toBe(['Grace: retro first', '', '## Sprint plan', '', 'Ship the **importer**', '', '- [ ] Book the demo room on Friday', ''].join('\n'));

  await sam.context.close();
  await grace.context.close();
});

test('the shared notes, seen on a desktop and on a phone', async ({ browser }) => {
  // Given Sam and Grace on the same meeting page, with notes written in it.
  const sam = await opens(browser, SAM, null);
  const grace = await opens(browser, GRACE, sam.page.url());
  await toEnd(sam.editor);
  await sam.page.keyboard.insertText(' Seen by both.');
  await expect(grace.editor).toContainText('Seen by both.');

  // Then the notes and the meeting page look right at both sizes (screenshots to look at).
  await screenshotOf(sam.notes, 'notes-shared-sam');
  await screenshot(grace.page, 'notes-meeting-grace');
  await grace.page.setViewportSize({ width: 390, height: 844 });
  await screenshot(grace.page, 'notes-meeting-grace-390');
  await screenshotOf(grace.notes, 'notes-shared-grace-390');

  await sam.context.close();
  await grace.context.close();
});

test('the toolbar’s lists, italics and links reach the server as Markdown, and say when they are on', async ({ browser }) => {
  // Given Sam in the shared notes, at their end, on a new line.
  const sam = await opens(browser, SAM, null);
  await toEnd(sam.editor);
  await sam.editor.press('Enter');

  // When he writes a numbered list, then a paragraph with an italic word and a link.
  const button = (name: string) => sam.notes.getByRole('button', { name, exact: true });
  await button('Numbered list').click();
  await expect(button('Numbered list')).toHaveAttribute('aria-pressed', 'true');
  await sam.editor.pressSequentially('Agree the scope');
  await sam.editor.press('Enter');
  await sam.editor.pressSequentially('Pick a date');
  await sam.editor.press('Enter');
  await sam.editor.press('Enter');
  await expect(button('Numbered list')).toHaveAttribute('aria-pressed', 'false');
  await sam.editor.pressSequentially('Read the ');
  await button('Italic').click();
  await sam.editor.pressSequentially('whole');
  await button('Italic').click();
  await sam.editor.pressSequentially(' brief at ');
  sam.page.once('dialog', (dialog) => void dialog.accept('https://tandem.example/brief'));
  await button('Link').click();
  await expect(button('Link')).toHaveAttribute('aria-pressed', 'true');
  await sam.editor.pressSequentially('the wiki');

  // Then the server's Markdown has them.
  await expect
    .poll(() => sharedNotesOnServer(sam))
    .toContain('1. Agree the scope\n2. Pick a date\n\nRead the *whole* brief at [the wiki](https://tandem.example/brief)\n');

  await sam.context.close();
});
