/** A topic tag (a kebab-case key editors type) without a name in messages reads as its words. */
export function tagWords(topic: string): string {
  const words = topic.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
