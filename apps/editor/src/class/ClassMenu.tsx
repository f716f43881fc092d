import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useClassController, useClassState, useOptionalClass } from './ClassContext.tsx';
import { ClassHistory } from './ClassHistory.tsx';
import { invitationLink } from './classController.ts';
import type { ClassSession, ClassState } from './classSession.ts';
import './class.css';
import { useDismiss } from '../shell/useDismiss.ts';

/**
 * The header's "Class" button and its panel: start a class from the open map or join one with a
 * code; once in a class, the join code (large enough for a projector), who is here, the lock and
 * leaving. A link with `?class=CODE` opens the panel on the join form, the code filled in.
 */
export function ClassMenu() {
  const controller = useOptionalClass();
  const { phase, session, error, invitation } = useClassController();
  const live = useClassState();
  const [open, setOpen] = useState(invitation !== undefined);
  const root = useRef<HTMLDivElement>(null);
  // A student who has just joined wants the map; the teacher keeps the panel, with the code to show.
  const role = live?.ticket.member.role;
  useEffect(() => {
    if (role === 'student') setOpen(false);
  }, [role]);

  useDismiss(open, root, () => setOpen(false));

  if (!controller) return null;
  return (
    <div className="class-menu" ref={root}>
      <button
        type="button"
        className={live ? `class-menu__button is-${live.status}` : 'class-menu__button'}
        aria-expanded={open}
        onClick={() => setOpen((was) => !was)}
      >
        {buttonLabel(live)}
      </button>
      {open ? (
        <section className="class-panel" aria-label="Class">
          {session && live ? (
            <InClass session={session} state={live} onLeave={(keep) => controller.leave(keep)} />
          ) : (
            <OutOfClass
              busy={phase === 'busy'}
              error={error}
              invitation={invitation}
              onStart={() => void controller.start()}
              onJoin={(code, name) => void controller.join(code, name)}
            />
          )}
        </section>
      ) : null}
    </div>
  );
}

function buttonLabel(live: ClassState | undefined): string {
  if (!live) return 'Class';
  if (live.status === 'connecting') return 'Class: reconnecting…';
  if (live.status === 'denied' || live.status === 'removed') return 'Class: disconnected';
  const others = live.people.length;
  return `Class: live · ${others} here${live.locked ? ' · locked' : ''}`;
}

function OutOfClass({
  busy,
  error,
  invitation,
  onStart,
  onJoin,
}: {
  busy: boolean;
  error: string | undefined;
  invitation: string | undefined;
  onStart(): void;
  onJoin(code: string, name: string): void;
}) {
  const [code, setCode] = useState(invitation ?? '');
  const [name, setName] = useState('');
  const id = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onJoin(code.trim(), name.trim());
  };
  return (
    <>
      {invitation ? null : (
        <div className="class-panel__part">
          <h2>Teach a class on this map</h2>
          <p>
            Students join with a code and build this map with you, live. You can lock it, and remove anyone.
          </p>
          <button type="button" onClick={onStart} disabled={busy}>
            Start a class
          </button>
        </div>
      )}
      <form className="class-panel__part" onSubmit={submit}>
        <h2>Join a class</h2>
        <label htmlFor={`${id}-code`}>Class code</label>
        <input
          id={`${id}-code`}
          value={code}
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => setCode(event.target.value)}
          required
        />
        <label htmlFor={`${id}-name`}>Your name</label>
        <input
          id={`${id}-name`}
          value={name}
          maxLength={40}
          autoComplete="given-name"
          // biome-ignore lint/a11y/noAutofocus: a student who followed the class link has only their name to type.
          autoFocus={invitation !== undefined}
          onChange={(event) => setName(event.target.value)}
          required
        />
        <button type="submit" disabled={busy || !code.trim() || !name.trim()}>
          {busy ? 'Joining…' : 'Join'}
        </button>
      </form>
      {error ? (
        <p className="class-panel__error" role="alert">
          {error}
        </p>
      ) : null}
    </>
  );
}

function InClass({
  session,
  state,
  onLeave,
}: {
  session: ClassSession;
  state: ClassState;
  onLeave(keepCopy: boolean): void;
}) {
  const { ticket } = state;
  const teacher = ticket.member.role === 'teacher';
  const [problem, setProblem] = useState<string | undefined>();
  const [copied, setCopied] = useState(false);
  // The lock as the teacher just set it, until the server's word on it arrives (or the request fails).
  const [lockWanted, setLockWanted] = useState<boolean | undefined>();
  useEffect(() => {
    if (lockWanted === state.locked) setLockWanted(undefined);
  }, [lockWanted, state.locked]);
  const lock = async (locked: boolean) => {
    setLockWanted(locked);
    const answer = await session.setLocked(locked);
    if (!answer.ok) setLockWanted(undefined);
    setProblem(answer.ok ? undefined : answer.message);
  };
  const link = ticket.code ? invitationLink(ticket.code) : undefined;
  const act = async (result: Promise<{ ok: boolean; message?: string }>) => {
    const answer = await result;
    setProblem(answer.ok ? undefined : answer.message);
  };
  const copy = async () => {
    if (!link) return;
    try {
      await navigator.clipboard.writeText(link);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <>
      <div className="class-panel__part">
        <h2>{ticket.title}</h2>
        <p role="status" className="class-panel__status">
          {statusSentence(state)}
        </p>
        {teacher && ticket.code ? (
          <>
            <p className="class-panel__code-label">Students join with the code</p>
            <p className="class-panel__code">{ticket.code}</p>
            <label className="class-panel__link">
              <span>or the link</span>
              <input readOnly value={link} onFocus={(event) => event.currentTarget.select()} />
            </label>
            <button type="button" onClick={() => void copy()}>
              {copied ? 'Link copied' : 'Copy link'}
            </button>
          </>
        ) : null}
        {teacher ? (
          <label className="class-panel__lock">
            <input
              type="checkbox"
              checked={lockWanted ?? state.locked}
              onChange={(event) => void lock(event.target.checked)}
            />
            Lock the map: students can read it, not change it
          </label>
        ) : null}
      </div>
      <div className="class-panel__part">
        <h3>Here now ({state.people.length})</h3>
        <ul className="class-panel__people">
          {state.people.map((person) => (
            <li key={person.clientId}>
              <span>
                {person.name}
                {person.self ? ' (you)' : ''}
                {person.role === 'teacher' && person.name !== 'Teacher' ? ' · teacher' : ''}
              </span>
              {teacher && person.role === 'student' && !person.self ? (
                <button type="button" onClick={() => void act(session.remove(person.memberId))}>
                  Remove
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      </div>
      {teacher && state.hidden.length > 0 ? (
        <div className="class-panel__part">
          <h3>Hidden ({state.hidden.length})</h3>
          <ul className="class-panel__people">
            {state.hidden.map((item) => (
              <li key={item.id}>
                <span>
                  {item.author}’s {item.kind} “{item.text}”
                  {item.nodes > 1 ? ` and ${item.nodes - 1} more` : ''}
                </span>
                <button type="button" onClick={() => void act(session.moderate(item.id, 'show'))}>
                  Show again
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {teacher ? (
        <div className="class-panel__part">
          <ClassHistory session={session} />
        </div>
      ) : null}
      {problem ? (
        <p className="class-panel__error" role="alert">
          {problem}
        </p>
      ) : null}
      <div className="class-panel__part class-panel__leave">
        <button type="button" onClick={() => onLeave(true)}>
          Leave and keep a copy
        </button>
        <button type="button" onClick={() => onLeave(false)}>
          Leave
        </button>
      </div>
    </>
  );
}

function statusSentence(state: ClassState): string {
  const you =
    state.ticket.member.role === 'teacher'
      ? 'You teach this class.'
      : `You are in this class as ${state.ticket.member.name}.`;
  switch (state.status) {
    case 'connecting':
      return `${you} Reconnecting… your changes are kept and sent once the connection is back.`;
    case 'denied':
      return 'The class server did not let you back in: the class has ended, or you were removed.';
    case 'removed':
      return 'The teacher removed you from this class. The map stays on your screen; choose Leave and keep a copy to keep it.';
    default:
      if (state.locked && state.ticket.member.role === 'student')
        return `${you} The teacher has locked the map.`;
      return `${you} ${state.saved ? 'Every change is saved on the class server.' : 'Sending your changes…'}`;
  }
}
