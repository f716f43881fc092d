import { useEffect, useState } from 'react';
import { usePersistenceContext } from '../storage/PersistenceContext.tsx';
import { openMapFile } from './openMapFile.ts';

/**
 * Opens a file dropped anywhere on the editor, with an outline while one is dragged over it.
 * Listens on the document so it works whatever the canvas renders; only file drags count, so
 * dragging nodes is untouched.
 */
export function FileDropTarget() {
  const { persistence } = usePersistenceContext();
  const [over, setOver] = useState(false);

  useEffect(() => {
    const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
    const onOver = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
      setOver(true);
    };
    const onLeave = (event: DragEvent) => {
      if (event.relatedTarget === null) setOver(false);
    };
    const onDrop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      setOver(false);
      const file = event.dataTransfer?.files[0];
      if (file) void openMapFile(file, persistence);
    };
    document.addEventListener('dragover', onOver);
    document.addEventListener('dragleave', onLeave);
    document.addEventListener('drop', onDrop);
    return () => {
      document.removeEventListener('dragover', onOver);
      document.removeEventListener('dragleave', onLeave);
      document.removeEventListener('drop', onDrop);
    };
  }, [persistence]);

  if (!over) return null;
  return (
    <div className="drop-target" aria-hidden="true">
      <p>Drop the file to open it as a new map</p>
    </div>
  );
}
