/**
 * The message namespaces the admin's client components read: the admin layout sends only these
 * to the browser (lib/admin-messages.test.ts checks every client component's namespaces are here).
 */
export const ADMIN_CLIENT_NAMESPACES = [
  'SignIn',
  'Errors',
  'Editor',
  'StoryEditor',
  'Transitions',
  'Conflict',
  'NewStory',
  'Users',
  'SetPassword',
  'Glossary',
  'Workspace',
  'Media',
  'SettingsAdmin',
  'Social',
  'Languages',
  'Documents',
  'DocumentTypes',
  'DocumentPicker',
  'StoryRefPicker',
  'Kinds',
  'PagesAdmin',
  'EntriesAdmin',
  'EventAdmin',
  'CountryAdmin',
  'DigestAdmin',
  'EntryFields',
] as const;
