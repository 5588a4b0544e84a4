/**
 * Which constructs are tried at a token, from their own `startsWith`: an index by token kind and by word, each list
 * in the order of constructs/index.ts, so that a word is checked only against the constructs that can start with it.
 */
import type { Construct, Grammar, Match } from "./pieces";
import type { Token } from "./tokenizer";

interface Index {
  numbers: Construct[];
  dotted: Construct[];
  byWord: Map<string, Construct[]>;
}

const NONE: readonly Construct[] = [];

function indexOf(constructs: readonly Construct[]): Index {
  const index: Index = { numbers: [], dotted: [], byWord: new Map() };
  for (const c of constructs) {
    if (c.startsWith.numbers) index.numbers.push(c);
    if (c.startsWith.dotted) index.dotted.push(c);
    for (const word of c.startsWith.words ?? []) {
      const list = index.byWord.get(word) ?? [];
      if (!list.includes(c)) list.push(c);
      index.byWord.set(word, list);
    }
  }
  return index;
}

function at(index: Index, t: Token): readonly Construct[] {
  if (t.kind === "number") return index.numbers;
  if (t.kind === "dotted") return index.dotted;
  return t.kind === "word" ? (index.byWord.get(t.text) ?? NONE) : NONE;
}

export function grammarOf(constructs: readonly Construct[]): Grammar {
  const all = indexOf(constructs);
  const points = indexOf(constructs.filter((c) => c.point));
  const grammar: Grammar = {
    constructsAt: (t) => at(all, t),
    pointAt(tokens, i): Match | null {
      const t = tokens[i];
      if (t === undefined) return null;
      for (const c of at(points, t)) {
        const m = c.read(tokens, i, grammar);
        if (m) return m;
      }
      return null;
    },
  };
  return grammar;
}
