import { useEffect, useId, useRef, useState, type Dispatch } from 'react';
import { Button } from '../../../ui/Button';
import { TextField } from '../../../ui/Field';
import { LiveMessage } from '../../../ui/Status';
import {
  MAX_PROMPT,
  MAX_PROMPTS,
  MAX_SECTION_TITLE,
  MAX_SECTIONS,
  nextPromptKey,
  nextSectionKey,
  type SectionsAction,
  type SectionsState,
} from '../utils/sectionDraft';

/**
 * The ordered sections of a template, each with a title and talking points. Everything is done with
 * buttons (no dragging), and focus follows what a button did: to the new field, to the moved
 * section's button, or to the next place after a removal.
 */
export function SectionListEditor({
  state,
  dispatch,
  error,
  titleErrors,
}: {
  state: SectionsState;
  dispatch: Dispatch<SectionsAction>;
  /** About the list as a whole. */
  error?: string | undefined;
  /** Per section key. */
  titleErrors: Partial<Record<string, string>>;
}) {
  const id = useId();
  /** Where focus goes once the change a button asked for has rendered. */
  const focusRequest = useRef<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const { sections } = state;
  const elementId = (...parts: string[]) => `${id}-${parts.join('-')}`;

  useEffect(() => {
    const focusId = focusRequest.current;
    if (!focusId) return;
    focusRequest.current = null;
    // Text fields wrap their input (their id is their own), so a wrapper's first input is taken.
    const element = document.getElementById(focusId);
    const target = element?.matches('input, button') ? element : element?.querySelector('input');
    target?.focus();
  }, [state]);

  function setFocusId(focusId: string) {
    focusRequest.current = focusId;
  }

  function label(index: number, title: string): string {
    return title.trim() ? `“${title.trim()}”` : `section ${String(index + 1)}`;
  }

  function move(key: string, index: number, by: -1 | 1) {
    dispatch({ type: 'moveSection', key, by });
    const to = index + by;
    // Stay on the same button unless it is now disabled at the end of the list.
    const atEnd = (by === -1 && to === 0) || (by === 1 && to === sections.length - 1);
    const direction = (by === -1) !== atEnd ? 'up' : 'down';
    setFocusId(elementId(key, direction));
    setAnnouncement(`Moved to position ${String(to + 1)} of ${String(sections.length)}.`);
  }

  function removeSection(key: string, index: number) {
    dispatch({ type: 'removeSection', key });
    const neighbour = sections[index + 1] ?? sections[index - 1];
    setFocusId(neighbour ? elementId(neighbour.key, 'title') : elementId('add'));
    setAnnouncement(`Removed ${label(index, sections[index]?.title ?? '')}.`);
  }

  function addSection() {
    setFocusId(elementId(nextSectionKey(state), 'title'));
    dispatch({ type: 'addSection' });
  }

  return (
    <fieldset className="fieldset section-editor" aria-describedby={error ? elementId('error') : undefined}>
      <legend className="field__label">Sections</legend>
      <p className="field__hint section-editor__hint">
        In the order they appear on the agenda. Empty talking points are left out.
      </p>
      {error ? (
        <p className="field__error" id={elementId('error')}>
          {error}
        </p>
      ) : null}
      <LiveMessage message={announcement} />
      <ol className="section-editor__list">
        {sections.map((section, index) => {
          const name = label(index, section.title);
          return (
            <li key={section.key} className="section-editor__item">
              <fieldset className="section-editor__section" aria-label={`Section ${String(index + 1)}`}>
                <div className="section-editor__header">
                  <span className="section-editor__number" aria-hidden="true">
                    {index + 1}
                  </span>
                  <div className="section-editor__title" id={elementId(section.key, 'title')}>
                    <TextField
                      label="Section title"
                      value={section.title}
                      maxLength={MAX_SECTION_TITLE}
                      onChange={(event) => dispatch({ type: 'setTitle', key: section.key, title: event.target.value })}
                      error={titleErrors[section.key]}
                    />
                  </div>
                  <div className="section-editor__tools">
                    <Button
                      id={elementId(section.key, 'up')}
                      size="sm"
                      variant="ghost"
                      disabled={index === 0}
                      onClick={() => move(section.key, index, -1)}
                      aria-label={`Move ${name} up`}
                    >
                      ↑ Up
                    </Button>
                    <Button
                      id={elementId(section.key, 'down')}
                      size="sm"
                      variant="ghost"
                      disabled={index === sections.length - 1}
                      onClick={() => move(section.key, index, 1)}
                      aria-label={`Move ${name} down`}
                    >
                      ↓ Down
                    </Button>
                    <Button size="sm" variant="ghost" onClick={() => removeSection(section.key, index)} aria-label={`Remove ${name}`}>
                      Remove
                    </Button>
                  </div>
                </div>
                <div className="section-editor__prompts">
                  <p className="field__label" id={elementId(section.key, 'prompts')}>
                    Talking points
                  </p>
                  {section.prompts.length ? (
                    <ul className="prompt-list" aria-labelledby={elementId(section.key, 'prompts')}>
                      {section.prompts.map((prompt, promptIndex) => {
                        const promptLabel = `Talking point ${String(promptIndex + 1)}`;
                        return (
                          <li key={prompt.key} className="prompt-list__item">
                            <input
                              id={elementId(prompt.key)}
                              className="input"
                              aria-label={promptLabel}
                              value={prompt.text}
                              maxLength={MAX_PROMPT}
                              placeholder="A question to talk about"
                              onChange={(event) =>
                                dispatch({ type: 'setPrompt', sectionKey: section.key, promptKey: prompt.key, text: event.target.value })
                              }
                            />
                            <Button
                              size="sm"
                              variant="ghost"
                              aria-label={`Remove ${promptLabel.toLowerCase()} of ${name}`}
                              onClick={() => {
                                dispatch({ type: 'removePrompt', sectionKey: section.key, promptKey: prompt.key });
                                const neighbour = section.prompts[promptIndex + 1] ?? section.prompts[promptIndex - 1];
                                setFocusId(neighbour ? elementId(neighbour.key) : elementId(section.key, 'add-prompt'));
                              }}
                            >
                              Remove
                            </Button>
                          </li>
                        );
                      })}
                    </ul>
                  ) : (
                    <p className="muted section-editor__none">No talking points yet.</p>
                  )}
                  <Button
                    id={elementId(section.key, 'add-prompt')}
                    size="sm"
                    disabled={section.prompts.length >= MAX_PROMPTS}
                    onClick={() => {
                      setFocusId(elementId(nextPromptKey(state)));
                      dispatch({ type: 'addPrompt', sectionKey: section.key });
                    }}
                    aria-label={`Add talking point to ${name}`}
                  >
                    + Add talking point
                  </Button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <Button id={elementId('add')} onClick={addSection} disabled={sections.length >= MAX_SECTIONS}>
        + Add section
      </Button>
      {sections.length >= MAX_SECTIONS ? <p className="field__hint">A template has at most {MAX_SECTIONS} sections.</p> : null}
    </fieldset>
  );
}
