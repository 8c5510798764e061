import { useEffect, useState } from 'preact/hooks';

const QUERY = '(pointer: coarse)';

/** True on touch screens, where there is no keyboard shortcut to mention and files are tapped, not dropped. */
export function useCoarsePointer(): boolean {
  const [coarse, setCoarse] = useState(() => window.matchMedia?.(QUERY).matches ?? false);
  useEffect(() => {
    const query = window.matchMedia?.(QUERY);
    if (!query) return;
    const update = () => setCoarse(query.matches);
    query.addEventListener('change', update);
    return () => query.removeEventListener('change', update);
  }, []);
  return coarse;
}
