import { Fragment, type ReactNode } from 'react';
import { parseMarkdown, type Inline } from '../utils/markdown';

function renderInline(runs: readonly Inline[]): ReactNode {
  return runs.map((run, index) => {
    switch (run.kind) {
      case 'text':
        return <Fragment key={index}>{run.text}</Fragment>;
      case 'code':
        return <code key={index}>{run.text}</code>;
      case 'strong':
        return <strong key={index}>{renderInline(run.children)}</strong>;
      case 'em':
        return <em key={index}>{renderInline(run.children)}</em>;
      case 'del':
        return <del key={index}>{renderInline(run.children)}</del>;
      case 'link':
        return (
          <a key={index} href={run.href} target="_blank" rel="noopener noreferrer nofollow">
            {renderInline(run.children)}
          </a>
        );
    }
  });
}

/**
 * Shared notes (Markdown) shown read-only, built from React elements (never injected HTML).
 * Headings start at `headingLevel` so they fit under the surrounding card's heading.
 */
export function MarkdownView({ markdown, headingLevel = 3 }: { markdown: string; headingLevel?: number }) {
  const blocks = parseMarkdown(markdown);
  return (
    <div className="markdown">
      {blocks.map((block, index) => {
        switch (block.kind) {
          case 'heading': {
            const level = Math.min(6, headingLevel + block.level - 1);
            const Tag = `h${level}` as 'h3';
            return <Tag key={index}>{renderInline(block.content)}</Tag>;
          }
          case 'paragraph':
            return <p key={index}>{renderInline(block.content)}</p>;
          case 'quote':
            return <blockquote key={index}>{renderInline(block.content)}</blockquote>;
          case 'code':
            return (
              <pre key={index}>
                <code>{block.text}</code>
              </pre>
            );
          case 'rule':
            return <hr key={index} />;
          case 'list': {
            const List = block.ordered ? 'ol' : 'ul';
            const tasks = block.items.some((item) => item.checked !== null);
            return (
              <List key={index} className={tasks ? 'markdown__tasks' : undefined}>
                {block.items.map((item, itemIndex) => (
                  <li key={itemIndex}>
                    {item.checked !== null ? (
                      <span className="markdown__task" role="img" aria-label={item.checked ? 'Done' : 'Not done'}>
                        {item.checked ? '☑' : '☐'}
                      </span>
                    ) : null}
                    {renderInline(item.content)}
                  </li>
                ))}
              </List>
            );
          }
        }
      })}
    </div>
  );
}
