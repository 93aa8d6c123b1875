import { type GraphiQLPlugin, pick, useGraphiQL, useGraphiQLActions } from '@graphiql/react';
import { Fragment, type KeyboardEvent, type SVGProps } from 'react';
import { RESEARCH_QUESTIONS, type ResearchQuestion, splitHeadline } from './questions.ts';
import { WELCOME_QUERY } from './welcome.ts';

type TabsState = { tabs: { title: string; query: string | null }[]; activeTabIndex: number };

/** Where a chosen question goes: the tab it is already open in, the active tab, or a new one. */
export type Place = { kind: 'open'; index: number } | { kind: 'active' } | { kind: 'new' };

/**
 * The tab it is already open in (by its operation name, which titles the tab); else the active tab when
 * that holds nothing of the researcher's own (blank, or the untouched welcome); else a new tab.
 */
export function placeFor(question: ResearchQuestion, { tabs, activeTabIndex }: TabsState): Place {
  const index = tabs.findIndex((tab) => tab.title === question.operationName);
  if (index >= 0) return { kind: 'open', index };
  const query = tabs[activeTabIndex]?.query?.trim() ?? '';
  return query === '' || query === WELCOME_QUERY.trim() ? { kind: 'active' } : { kind: 'new' };
}

function QuestionsContent() {
  const { tabs, activeTabIndex, queryEditor, variableEditor } = useGraphiQL(
    pick('tabs', 'activeTabIndex', 'queryEditor', 'variableEditor'),
  );
  const { addTab, changeTab, setOperationName, updateActiveTabValues } = useGraphiQLActions();
  const activeTitle = tabs[activeTabIndex]?.title;

  function open(question: ResearchQuestion) {
    const place = placeFor(question, { tabs, activeTabIndex });
    if (place.kind === 'open') {
      if (place.index !== activeTabIndex) changeTab(place.index);
    } else {
      if (place.kind === 'new') addTab();
      // The editors show the active tab; writing them is what GraphiQL's own history does. The tab's values
      // are set at once too, rather than after the editors' debounce, so the title is right straight away.
      queryEditor?.setValue(question.query);
      variableEditor?.setValue(question.variables);
      updateActiveTabValues({ query: question.query, variables: question.variables, operationName: question.operationName });
      // GraphiQL learns the operation's name from the editor 100 ms later, and the next addTab files the tab
      // under the name it knows: a second question chosen within that time would retitle this tab.
      setOperationName(question.operationName);
    }
    revealActiveTab();
  }

  return (
    <section className="kz-questions" aria-labelledby="kz-questions-title">
      <div className="graphiql-doc-explorer-title" id="kz-questions-title">
        Research questions
      </div>
      <p className="kz-questions-intro">
        {RESEARCH_QUESTIONS.length} questions this graph answers. Each opens in a tab of its own, its variables
        filled in; run it with the ▶ button or Ctrl-Enter. Arrow keys move through the list.
      </p>
      <ol className="kz-questions-list" onKeyDown={moveFocus}>
        {RESEARCH_QUESTIONS.map((question) => (
          <QuestionItem
            key={question.slug}
            question={question}
            isOpen={activeTitle === question.operationName}
            ready={queryEditor !== undefined}
            onOpen={open}
          />
        ))}
      </ol>
    </section>
  );
}

function QuestionItem({
  question,
  isOpen,
  ready,
  onOpen,
}: {
  question: ResearchQuestion;
  isOpen: boolean;
  ready: boolean;
  onOpen(question: ResearchQuestion): void;
}) {
  const { headline, rest } = splitHeadline(question.question);
  const describedBy = `kz-question-${question.slug}`;
  return (
    <li>
      <button
        type="button"
        className="kz-question"
        data-operation={question.operationName}
        aria-current={isOpen ? 'page' : undefined}
        aria-label={`Open ${question.operationName}: ${headline}`}
        aria-describedby={rest ? describedBy : undefined}
        // Until the editors exist there is nowhere to put the query; they load within a second.
        disabled={!ready}
        onClick={() => onOpen(question)}
      >
        <span className="kz-question-headline">{headline}</span>
        {rest && (
          <span className="kz-question-rest" id={describedBy}>
            {rest}
          </span>
        )}
        <code className="kz-question-operation">{breakableName(question.operationName)}</code>
      </button>
    </li>
  );
}

/** A long operation name, free to wrap between its words (before each capital) rather than mid-word. */
function breakableName(name: string) {
  return name.split(/(?=[A-Z])/).map((word, index) => (
    <Fragment key={`${index}-${word}`}>
      {index > 0 && <wbr />}
      {word}
    </Fragment>
  ));
}

/** With more tabs than fit, the strip scrolls; the question just chosen must not open out of sight. */
function revealActiveTab() {
  requestAnimationFrame(() => {
    document.querySelector('.graphiql-tab-active')?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  });
}

/** Up and Down (and Home, End) move between the questions, so the list need not be tabbed through. */
function moveFocus(event: KeyboardEvent<HTMLOListElement>) {
  const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button.kz-question')];
  const current = buttons.indexOf(event.target as HTMLButtonElement);
  if (current < 0) return;
  const next = { ArrowDown: current + 1, ArrowUp: current - 1, Home: 0, End: buttons.length - 1 }[event.key];
  if (next === undefined) return;
  event.preventDefault();
  buttons[Math.max(0, Math.min(buttons.length - 1, next))]?.focus();
}

function QuestionsIcon(props: SVGProps<SVGSVGElement>) {
  return (
    <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" {...props}>
      <path d="M9 5h11M9 12h11M9 19h11" />
      <path d="M3.5 4.2a1.3 1.3 0 1 1 1.8 1.2c-.5.2-.8.6-.8 1.1M4.5 8.2v.01" />
      <circle cx="4.5" cy="12" r="1" fill="currentColor" stroke="none" />
      <circle cx="4.5" cy="19" r="1" fill="currentColor" stroke="none" />
    </svg>
  );
}

export const QUESTIONS_PLUGIN: GraphiQLPlugin = {
  title: 'Research questions',
  icon: QuestionsIcon,
  content: QuestionsContent,
};
