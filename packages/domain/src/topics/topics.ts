// Rules of the topic tree: codes, NOC tags and parent changes.

export const TOPIC_CODE = /^[a-z0-9][a-z0-9-]*(\.[a-z0-9][a-z0-9-]*)*$/;
/** NOC 2021: a broad category (1 digit), major group (2), sub-major (3), minor (4) or unit group (5). */
export const NOC_CODE = /^[0-9]{1,5}$/;

export interface TopicNode {
  id: string;
  parentId: string | null;
}

/** True when making `parentId` the parent of `id` would put the topic under itself (a cycle). */
export function wouldCreateCycle(topics: readonly TopicNode[], id: string, parentId: string | null): boolean {
  const parentOf = new Map(topics.map((t) => [t.id, t.parentId]));
  let current = parentId;
  const seen = new Set<string>();
  while (current) {
    if (current === id) return true;
    if (seen.has(current)) return true;
    seen.add(current);
    current = parentOf.get(current) ?? null;
  }
  return false;
}

/** The ids of a topic and all its descendants (used to filter "health and safety" with its children). */
export function topicWithDescendants(topics: readonly TopicNode[], id: string): string[] {
  const children = new Map<string, string[]>();
  for (const t of topics) {
    if (!t.parentId) continue;
    const list = children.get(t.parentId) ?? [];
    list.push(t.id);
    children.set(t.parentId, list);
  }
  const out: string[] = [];
  const stack = [id];
  const seen = new Set<string>();
  while (stack.length) {
    const next = stack.pop()!;
    if (seen.has(next)) continue;
    seen.add(next);
    out.push(next);
    stack.push(...(children.get(next) ?? []));
  }
  return out;
}

/** A code for a new topic from its English name, under its parent's code: "Forklift safety" → "health-safety.forklift-safety". */
export function topicCodeFor(name: string, parentCode: string | null): string {
  const slug =
    name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'topic';
  return parentCode ? `${parentCode}.${slug}` : slug;
}
