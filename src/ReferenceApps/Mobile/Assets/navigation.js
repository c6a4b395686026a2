// A screen stack like Flutter's Navigator: push(screen) returns a promise of the screen's result, which is
// null when the user goes back. Each push adds a history entry, so the system Back (WebDriver's back, the
// browser's back) and the app bar's back arrow both end in the same popstate handler.
window.MobileNavigation = function createNavigation(rootScreen) {
  const stack = [{ element: rootScreen, resolve: null }];
  let pendingResult = null;

  function show() {
    stack.forEach((entry, index) => { entry.element.hidden = index !== stack.length - 1; });
  }

  window.addEventListener("popstate", () => {
    if (stack.length < 2) return;
    const top = stack.pop();
    const result = pendingResult;
    pendingResult = null;
    top.element.hidden = true;
    show();
    top.resolve(result);
  });

  return {
    push(element) {
      return new Promise((resolve) => {
        stack.push({ element, resolve });
        history.pushState({ depth: stack.length }, "");
        show();
      });
    },
    // Leaves the top screen with a result (a created ticket); going back leaves it with null.
    pop(result) {
      pendingResult = result ?? null;
      history.back();
    },
    back() {
      history.back();
    },
  };
};
