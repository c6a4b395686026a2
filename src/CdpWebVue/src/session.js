// The signed-in user's API token, which CDP's sign-in leaves in local storage.
export function readSessionToken(storageKey) {
  let stored
  try {
    stored = window.localStorage.getItem(storageKey)
  } catch {
    return null // storage blocked (privacy settings): treat as signed out
  }
  if (!stored) return null
  // Usually the bare token; tolerate a JSON session record carrying it as "token".
  if (stored.startsWith('{')) {
    try {
      const token = JSON.parse(stored).token
      return typeof token === 'string' && token ? token : null
    } catch {
      return null
    }
  }
  return stored
}
