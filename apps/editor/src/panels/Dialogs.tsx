import type { ReactNode } from 'react';
import { EditorMode } from '../machine/EditorModeProvider.tsx';
import { HelpDialog } from './HelpDialog.tsx';
import { QuoteDialog } from './QuoteDialog.tsx';
import { RelationDialog } from './RelationDialog.tsx';

/** Renders the dialog the statechart is in, if any. `why` is rendered by the critique panel. */
export function Dialogs({ why }: { why?: (nodeId: string) => ReactNode }) {
  const snapshot = EditorMode.useSelector((s) => s);
  const { context } = snapshot;
  if (snapshot.matches({ dialog: 'help' })) return <HelpDialog />;
  if (snapshot.matches({ dialog: 'quote' }) && context.dialogNodeId)
    return <QuoteDialog nodeId={context.dialogNodeId} />;
  if (snapshot.matches({ dialog: 'relation' }) && context.connectFrom && context.connectTo)
    return <RelationDialog source={context.connectFrom} target={context.connectTo} />;
  if (snapshot.matches({ dialog: 'why' }) && context.dialogNodeId && why)
    return <>{why(context.dialogNodeId)}</>;
  return null;
}
